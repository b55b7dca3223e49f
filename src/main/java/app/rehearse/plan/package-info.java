/**
 * Planning practice: when each question or weak area should come round again, by the FSRS-5 spaced-repetition
 * model, kept ahead of an interview date when one is set.
 */
package app.rehearse.plan;

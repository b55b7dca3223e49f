/**
 * Self-grading after a session: the trade-off checklist and rubric plan for a question, the
 * scorecard a user fills in, the transparent score formula, the grade history kept in a
 * session, and the user's own checklist dimensions and preferences. No JavaFX here.
 */
package app.rehearse.grading;

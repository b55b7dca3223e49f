/** Self-grading: rubric, trade-off checklist, STAR checks and the reference answer beside the user's own. */
package app.rehearse.ui.grading;

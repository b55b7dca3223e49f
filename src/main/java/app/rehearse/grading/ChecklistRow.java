package app.rehearse.grading;

import app.rehearse.bank.ChecklistDimension;

/** One row of the grading checklist: a dimension, and whether the question stresses it. */
public record ChecklistRow(ChecklistDimension dimension, boolean stressed) {
    public String id() {
        return dimension.id();
    }
}

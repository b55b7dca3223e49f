package app.rehearse.grading;

import app.rehearse.bank.ChecklistDimension;

/**
 * One dimension as a checklist settings screen lists it.
 *
 * @param dimension with the user's title applied
 * @param custom added by the user (kept in custom.json) rather than shipped or from another file
 * @param hidden left out of grading
 */
public record DimensionSetting(ChecklistDimension dimension, boolean custom, boolean hidden) {
    public String id() {
        return dimension.id();
    }
}

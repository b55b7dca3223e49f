package app.rehearse.ui.bank;

import app.rehearse.bank.RubricCriterion;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One editable rubric criterion: what is graded, what strong, solid and weak answers do, what a staff answer
 * adds, and its weight. A blank solid or staff text means the criterion has none.
 */
final class RubricRow {
    final StringProperty criterion = new SimpleStringProperty(this, "criterion", "");
    final StringProperty strong = new SimpleStringProperty(this, "strong", "");
    final StringProperty weak = new SimpleStringProperty(this, "weak", "");
    final StringProperty solid = new SimpleStringProperty(this, "solid", "");
    final StringProperty staff = new SimpleStringProperty(this, "staff", "");
    final ObjectProperty<Integer> weight = new SimpleObjectProperty<>(this, "weight", RubricCriterion.DEFAULT_WEIGHT);

    static RubricRow of(RubricCriterion c) {
        RubricRow row = new RubricRow();
        row.criterion.set(c.criterion());
        row.strong.set(c.strong());
        row.weak.set(c.weak());
        row.solid.set(c.solid().orElse(""));
        row.staff.set(c.staff().orElse(""));
        row.weight.set(c.weight());
        return row;
    }

    RubricCriterion toCriterion() {
        Integer w = weight.get();
        return new RubricCriterion(criterion.get().strip(), strong.get().strip(), weak.get().strip(),
                w == null ? RubricCriterion.DEFAULT_WEIGHT : w, optional(solid.get()), optional(staff.get()));
    }

    /** Everything that changes when the user edits the row, for listeners that revalidate. */
    Observable[] observables() {
        return new Observable[] {criterion, strong, weak, solid, staff, weight};
    }

    private static Optional<String> optional(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}

package app.rehearse.ui.grading;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The user's own answer and the reference answer in one place: either one, or both side by side,
 * one click apart, while the scorecard beside them stays where it is.
 */
final class AnswerAndReference extends BorderPane {
    private final SplitPane shown = new SplitPane();
    private final ReadOnlyBooleanWrapper sideBySide = new ReadOnlyBooleanWrapper(this, "sideBySide");
    private final Node answer;
    private final Supplier<Node> makeReference;
    private ScrollPane reference;

    /** @param makeReference makes the reference answer, the first time it is asked for */
    AnswerAndReference(Node answer, Supplier<Node> makeReference) {
        this.answer = answer;
        this.makeReference = makeReference;
        getStyleClass().add("answer-and-reference");
        ToggleGroup group = new ToggleGroup();
        ToggleButton yours = toggle("showAnswerButton", "Your answer", group);
        ToggleButton theirs = toggle("showReferenceButton", "Reference answer", group);
        ToggleButton both = toggle("sideBySideButton", "Side by side", group);
        yours.getStyleClass().add("left-pill");
        theirs.getStyleClass().add("center-pill");
        both.getStyleClass().add("right-pill");
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                show(now == yours ? List.of(this.answer) : now == theirs ? List.of(reference())
                        : List.of(this.answer, reference()));
            }
        });
        HBox bar = new HBox(yours, theirs, both);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("answer-switch");
        setTop(bar);
        setCenter(shown);
        yours.setSelected(true);
    }

    /** True while both answers are shown. */
    ReadOnlyBooleanProperty sideBySideProperty() {
        return sideBySide.getReadOnlyProperty();
    }

    private ScrollPane reference() {
        if (reference == null) {
            reference = new ScrollPane(makeReference.get());
            reference.setFitToWidth(true);
            reference.setId("referenceScroll");
        }
        return reference;
    }

    private void show(List<Node> items) {
        shown.getItems().setAll(items);
        sideBySide.set(items.size() == 2);
        if (items.size() == 2) {
            shown.setDividerPositions(0.5);
        }
    }

    private static ToggleButton toggle(String id, String text, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setMinWidth(USE_PREF_SIZE);
        return button;
    }
}

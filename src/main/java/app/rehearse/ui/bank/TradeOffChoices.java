package app.rehearse.ui.bank;

import app.rehearse.bank.ChecklistDimension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * One check box per trade-off dimension of the bank. A dimension the question names but the bank
 * does not define (a duplicate of a question that used a removed dimension) is shown too, so it can be unticked.
 */
final class TradeOffChoices extends FlowPane {
    TradeOffChoices(QuestionForm form, List<ChecklistDimension> dimensions) {
        super(12, 8);
        setId("questionTradeOffs");
        Map<String, String> names = new LinkedHashMap<>();
        dimensions.forEach(d -> names.put(d.id(), d.title()));
        form.tradeOffs.forEach(id -> names.putIfAbsent(id, id + " (unknown)"));
        names.forEach((id, title) -> {
            CheckBox box = new CheckBox(title);
            box.setId("tradeOff-" + id);
            box.setSelected(form.tradeOffs.contains(id));
            box.selectedProperty().addListener((obs, was, chosen) -> form.setTradeOff(id, chosen));
            dimensions.stream().filter(d -> d.id().equals(id)).findFirst()
                    .ifPresent(d -> box.setTooltip(new Tooltip(d.description())));
            // A title longer than the form is wide wraps inside its own box rather than widening the form.
            box.setWrapText(true);
            box.maxWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> getWidth() - snappedLeftInset() - snappedRightInset(), widthProperty(), insetsProperty()));
            getChildren().add(box);
        });
    }

    /** As narrow as its narrowest-wrapping box, not as wide as its longest title (a flow pane's own minimum). */
    @Override
    protected double computeMinWidth(double height) {
        double widest = getChildren().stream().mapToDouble(box -> box.minWidth(-1)).max().orElse(0);
        return snappedLeftInset() + widest + snappedRightInset();
    }
}

package app.rehearse.ui.common;

import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A pane that scrolls down, never sideways, on one side of a split pane. It is never narrower than its content
 * can be (its own minimum, with room for the scroll bar), so the divider stops before it cuts that content off.
 */
public final class SideScroll extends ScrollPane {
    private final Region content;

    public SideScroll(Region content) {
        super(content);
        this.content = content;
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
    }

    @Override
    protected double computeMinWidth(double height) {
        // Its own bar, a child of the pane's skin, not one inside the content.
        double bar = getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof ScrollBar sb && sb.getOrientation() == Orientation.VERTICAL)
                .mapToDouble(node -> node.prefWidth(-1)).max().orElse(0);
        return snappedLeftInset() + content.minWidth(-1) + bar + snappedRightInset();
    }
}

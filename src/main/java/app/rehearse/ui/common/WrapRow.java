package app.rehearse.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A leading node (a page's title, a search field) with controls after it. While they fit beside the lead the
 * controls sit at the right of the same line; when they don't (a narrow window, a large text size) they move to
 * the lines under it, wrapping between controls, so the row never grows wider than its window and no control is
 * ever cut short. Controls that are not managed (hidden) take no room.
 */
public final class WrapRow extends Region {
    private static final double GAP = 10;
    private static final double CONTROL_GAP = 8;

    private final Node lead;
    private final boolean leadGrows;
    private final List<Node> controls;

    private WrapRow(Node lead, boolean leadGrows, List<? extends Node> controls) {
        this.lead = lead;
        this.leadGrows = leadGrows;
        this.controls = List.copyOf(controls);
        getChildren().add(lead);
        getChildren().addAll(this.controls);
    }

    /** A page's title and its actions: the title keeps its width, the actions go right or under it. */
    public static WrapRow header(Node title, List<? extends Node> actions) {
        WrapRow row = new WrapRow(title, false, actions);
        row.getStyleClass().add("page-header");
        return row;
    }

    /** A field that takes the room the controls leave it on their line, or the whole line above them. */
    public static WrapRow growingLead(Node field, List<? extends Node> controls) {
        return new WrapRow(field, true, controls);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widestControl = shown().stream().mapToDouble(node -> node.prefWidth(-1)).max().orElse(0);
        return inset() + Math.max(lead.minWidth(-1), widestControl);
    }

    @Override
    protected double computePrefWidth(double height) {
        return inset() + lead.prefWidth(-1) + (shown().isEmpty() ? 0 : GAP + controlsOnOneLine());
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? computePrefWidth(-1) - inset() : width - inset();
        return getInsets().getTop() + getInsets().getBottom() + plan(inner).height();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double left = getInsets().getLeft();
        double top = getInsets().getTop();
        Plan plan = plan(getWidth() - inset());
        plan.placements().forEach(place -> place.node().resizeRelocate(snapPositionX(left + place.x()),
                snapPositionY(top + place.y()), snapSizeX(place.width()), snapSizeY(place.height())));
    }

    private double inset() {
        return getInsets().getLeft() + getInsets().getRight();
    }

    private List<Node> shown() {
        return controls.stream().filter(Node::isManaged).toList();
    }

    private double controlsOnOneLine() {
        List<Node> shown = shown();
        double sum = shown.stream().mapToDouble(node -> node.prefWidth(-1)).sum();
        return sum + CONTROL_GAP * Math.max(0, shown.size() - 1);
    }

    private double tallestControl() {
        return shown().stream().mapToDouble(node -> node.prefHeight(-1)).max().orElse(0);
    }

    /** Where each child goes in {@code width}: one line if the controls fit beside the lead, else under it. */
    private Plan plan(double width) {
        List<Placement> placements = new ArrayList<>();
        List<Node> shown = shown();
        double controlsWidth = controlsOnOneLine();
        double leadWidth = lead.prefWidth(-1);
        if (shown.isEmpty() || leadWidth + GAP + controlsWidth <= width) {
            double leadShown = leadGrows ? width - (shown.isEmpty() ? 0 : GAP + controlsWidth) : Math.min(leadWidth, width);
            double leadHeight = lead.prefHeight(leadShown);
            double lineHeight = Math.max(leadHeight, tallestControl());
            placements.add(new Placement(lead, 0, (lineHeight - leadHeight) / 2, leadShown, leadHeight));
            double x = width - controlsWidth;
            for (Node control : shown) {
                double controlHeight = control.prefHeight(-1);
                placements.add(new Placement(control, x, (lineHeight - controlHeight) / 2, control.prefWidth(-1),
                        controlHeight));
                x += control.prefWidth(-1) + CONTROL_GAP;
            }
            return new Plan(placements, lineHeight);
        }
        double leadShown = leadGrows ? width : Math.max(lead.minWidth(-1), Math.min(leadWidth, width));
        double leadHeight = lead.prefHeight(leadShown);
        placements.add(new Placement(lead, 0, 0, leadShown, leadHeight));
        double y = leadHeight + CONTROL_GAP;
        double x = 0;
        double lineHeight = tallestControl();
        for (Node control : shown) {
            double controlWidth = control.prefWidth(-1);
            if (x > 0 && x + controlWidth > width) {
                x = 0;
                y += lineHeight + CONTROL_GAP;
            }
            placements.add(new Placement(control, x, y + (lineHeight - control.prefHeight(-1)) / 2, controlWidth,
                    control.prefHeight(-1)));
            x += controlWidth + CONTROL_GAP;
        }
        return new Plan(placements, y + lineHeight);
    }

    private record Placement(Node node, double x, double y, double width, double height) {}

    private record Plan(List<Placement> placements, double height) {}
}

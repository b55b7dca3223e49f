package app.rehearse.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A page's title with its actions. When they fit beside the title the actions sit on the right of the same line;
 * when they don't (a narrow window, a large text size) they move to the lines under the title, wrapping between
 * buttons, so the page never grows wider than its window and no button is ever cut short.
 */
public final class PageHeader extends Region {
    private static final double GAP = 10;
    private static final double ACTION_GAP = 8;

    private final Node title;
    private final List<Node> actions;

    public PageHeader(Node title, List<? extends Node> actions) {
        this.title = title;
        this.actions = List.copyOf(actions);
        getStyleClass().add("page-header");
        getChildren().add(title);
        getChildren().addAll(this.actions);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widestAction = actions.stream().mapToDouble(node -> node.prefWidth(-1)).max().orElse(0);
        return inset() + Math.max(title.minWidth(-1), widestAction);
    }

    @Override
    protected double computePrefWidth(double height) {
        return inset() + title.prefWidth(-1) + (actions.isEmpty() ? 0 : GAP + actionsOnOneLine());
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

    private double actionsOnOneLine() {
        double sum = actions.stream().mapToDouble(node -> node.prefWidth(-1)).sum();
        return sum + ACTION_GAP * Math.max(0, actions.size() - 1);
    }

    private double tallestAction() {
        return actions.stream().mapToDouble(node -> node.prefHeight(-1)).max().orElse(0);
    }

    /** Where each child goes in {@code width}: one line if the actions fit beside the title, else under it. */
    private Plan plan(double width) {
        List<Placement> placements = new ArrayList<>();
        double actionsWidth = actionsOnOneLine();
        double titleWidth = title.prefWidth(-1);
        if (actions.isEmpty() || titleWidth + GAP + actionsWidth <= width) {
            double titleHeight = title.prefHeight(Math.min(titleWidth, width));
            double lineHeight = Math.max(titleHeight, tallestAction());
            placements.add(new Placement(title, 0, (lineHeight - titleHeight) / 2, Math.min(titleWidth, width),
                    titleHeight));
            double x = width - actionsWidth;
            for (Node action : actions) {
                double actionHeight = action.prefHeight(-1);
                placements.add(new Placement(action, x, (lineHeight - actionHeight) / 2, action.prefWidth(-1),
                        actionHeight));
                x += action.prefWidth(-1) + ACTION_GAP;
            }
            return new Plan(placements, lineHeight);
        }
        double titleShown = Math.max(title.minWidth(-1), Math.min(titleWidth, width));
        double titleHeight = title.prefHeight(titleShown);
        placements.add(new Placement(title, 0, 0, titleShown, titleHeight));
        double y = titleHeight + ACTION_GAP;
        double x = 0;
        double lineHeight = tallestAction();
        for (Node action : actions) {
            double actionWidth = action.prefWidth(-1);
            if (x > 0 && x + actionWidth > width) {
                x = 0;
                y += lineHeight + ACTION_GAP;
            }
            placements.add(new Placement(action, x, y + (lineHeight - action.prefHeight(-1)) / 2, actionWidth,
                    action.prefHeight(-1)));
            x += actionWidth + ACTION_GAP;
        }
        return new Plan(placements, y + lineHeight);
    }

    private record Placement(Node node, double x, double y, double width, double height) {}

    private record Plan(List<Placement> placements, double height) {}
}

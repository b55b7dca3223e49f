package app.rehearse.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a person does before clicking something below the fold: scroll it into view. */
public final class UiActions {
    private UiActions() {}

    public static Node scrolledIntoView(FxRobot robot, Node node) {
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    Node content = scroll.getContent();
                    Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    if (extra > 0) {
                        double target = inContent.getMinY() - scroll.getViewportBounds().getHeight() / 3;
                        scroll.setVvalue(Math.max(0, Math.min(1, target / extra)));
                    }
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    public static void click(FxRobot robot, Node node) {
        robot.clickOn(scrolledIntoView(robot, node));
    }
}

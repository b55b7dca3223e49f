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

    /** The first filled row of a table, once the table has drawn it. */
    public static Node firstRow(FxRobot robot, String tableId) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup(tableId + " .table-row-cell")
                .match((javafx.scene.control.TableRow<?> row) -> row.getIndex() == 0 && row.getItem() != null)
                .tryQuery().isPresent());
        return robot.lookup(tableId + " .table-row-cell")
                .match((javafx.scene.control.TableRow<?> row) -> row.getIndex() == 0 && row.getItem() != null)
                .query();
    }

    public static void click(FxRobot robot, Node node) {
        robot.clickOn(scrolledIntoView(robot, node));
    }
}

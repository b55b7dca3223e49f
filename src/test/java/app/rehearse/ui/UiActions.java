package app.rehearse.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a person does in the window: scroll something below the fold into view before clicking it, drag on the board, open a page. */
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
    public static Node firstRow(FxRobot robot, String tableId) throws TimeoutException {
        // The row seen by the wait is the one returned: a second lookup could fall between two refreshes of the rows.
        AtomicReference<Node> first = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            robot.lookup(tableId + " .table-row-cell")
                    .match((TableRow<?> row) -> row.getIndex() == 0 && row.getItem() != null)
                    .tryQuery().ifPresent(first::set);
            return first.get() != null;
        });
        return first.get();
    }

    public static void click(FxRobot robot, Node node) {
        robot.clickOn(scrolledIntoView(robot, node));
    }

    /** Goes to the Practice page (the app opens on Today). */
    public static void openPractice(FxRobot robot) {
        robot.clickOn("#navPractice");
    }

    /** Goes to the Practice page, draws a question as the draw choices stand and starts a timed session on it. */
    public static void startSession(FxRobot robot) {
        openPractice(robot);
        robot.clickOn("#drawButton").clickOn("#startButton");
    }

    /** Goes to the Practice page, draws a question of this type and starts a timed session on it. */
    public static void startSession(FxRobot robot, String type) {
        openPractice(robot);
        robot.clickOn("#drawType").clickOn(type);
        robot.clickOn("#drawButton").clickOn("#startButton");
    }

    /** Opens the History page and waits (up to 10 s) until its table lists this many sessions. */
    public static void openHistory(FxRobot robot, int sessions) throws TimeoutException {
        robot.clickOn("#navHistory");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#historyTable").queryAs(TableView.class).getItems().size() == sessions);
    }

    /** Drags with the primary button across the whiteboard canvas, between two points in the canvas's own coordinates. */
    public static void dragOnBoard(FxRobot robot, double x0, double y0, double x1, double y1) {
        Node canvas = robot.lookup("#boardCanvas").query();
        Point2D from = canvas.localToScreen(x0, y0);
        Point2D to = canvas.localToScreen(x1, y1);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Sets the window to this size and lets the layout settle. */
    public static void resize(FxRobot robot, RunningApp app, int width, int height) {
        robot.interact(() -> {
            app.stage().setWidth(width);
            app.stage().setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Finishes the running session at once (confirming), and waits up to 10 s for its grading screen. */
    public static void finishNow(FxRobot robot) throws TimeoutException {
        robot.clickOn("#finishButton");
        // The confirm's button, in a showing window: a text lookup would also visit nodes of dialogs that are closing.
        Node confirm = robot.lookup((Node node) -> node instanceof Button button && "Finish now".equals(button.getText())
                && node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing()).query();
        robot.clickOn(confirm);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#saveGradeButton").tryQuery().isPresent());
    }
}

package app.rehearse.ui.bank;

import app.rehearse.bank.PackInfo;
import app.rehearse.bank.PackWriter;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionPack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.TableColumnHeader;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers shared by the bank page's UI tests. */
public final class BankUi {
    private BankUi() {}

    public static BankView open(FxRobot robot) {
        robot.clickOn("#navBank");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".bank-view").queryAs(BankView.class);
    }

    /** Waits (up to 10 s) until a condition, evaluated on the FX thread, holds. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    public static void writePack(Path home, String fileName, String packId, String title, List<Question> questions) throws Exception {
        Path folder = home.resolve("questions");
        Files.createDirectories(folder);
        QuestionPack pack = new QuestionPack(new PackInfo(packId, title, "1", Optional.empty(), Optional.empty(),
                Optional.empty()), questions);
        Files.write(folder.resolve(fileName), PackWriter.bytes(pack));
    }

    /** Clicks the button with this text in the dialog whose pane has this id. */
    static void clickDialogButton(FxRobot robot, String paneId, String text) throws Exception {
        waitUntil(() -> robot.lookup(paneId).tryQuery().isPresent());
        DialogPane pane = robot.lookup(paneId).queryAs(DialogPane.class);
        Node button = robot.from(pane).lookup((Node n) -> n instanceof Button b && b.getText().equals(text)).query();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the scroll pane around a node so that the node is in view, as a person would before clicking it. */
    static void reveal(FxRobot robot, String query) throws Exception {
        Node node = robot.lookup(query).query();
        WaitForAsyncUtils.asyncFx(() -> {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (range > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 40) / range)));
                }
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls a node into view and clicks it. */
    static FxRobot clickRevealed(FxRobot robot, String query) throws Exception {
        reveal(robot, query);
        return (FxRobot) robot.clickOn(query);
    }

    public static void selectQuestion(FxRobot robot, BankView view, String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            var table = view.lookup("#bankTable");
            @SuppressWarnings("unchecked")
            var t = (javafx.scene.control.TableView<Question>) table;
            t.getItems().stream().filter(q -> q.id().equals(id)).findFirst().ifPresent(q -> {
                t.getSelectionModel().clearSelection();
                t.getSelectionModel().select(q);
                t.scrollTo(q);
            });
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the header of the table column with this id, as a person sorting by it would. */
    static void clickColumnHeader(FxRobot robot, String columnId) {
        robot.clickOn(robot.lookup((Node n) -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                && columnId.equals(h.getTableColumn().getId())).queryAs(TableColumnHeader.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

}

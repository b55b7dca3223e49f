package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.QuestionBank;
import app.rehearse.ui.common.AnsweringDialogs;
import app.rehearse.ui.history.HistoryRow;
import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.Stencil;
import app.rehearse.whiteboard.Whiteboard;
import app.rehearse.whiteboard.WhiteboardCodec;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class HistoryUiTest {
    private QuestionBank bank;

    @BeforeEach
    void pastSessions(RunningApp app) throws Exception {
        bank = SampleHistory.write(app.home());
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(FxRobot robot) {
        return robot.lookup("#historyTable").queryAs(TableView.class);
    }

    @Test
    void everySessionIsListedAndADamagedOneShowsItsReason(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.openHistory(robot, 4);
        assertThat(table(robot).getItems()).filteredOn(r -> ((HistoryRow) r).isDamaged())
                .hasSize(1);
    }

    @Test
    void searchingANoteWordFindsTheSessionAndTheReviewMarksIt(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.openHistory(robot, 4);
        selectTheOneSessionFoundBy(robot, "leaky");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#reviewNotes").tryQuery().isPresent());
        assertThat(robot.lookup("#reviewNotes .markdown-highlight").queryAllAs(Text.class))
                .extracting(Text::getText).containsExactly("leaky");
        assertThat(robot.lookup("#reviewScore").queryAs(Label.class).getText()).startsWith("Score ");
        assertThat(robot.lookup("#reviewTimeline").tryQuery()).isPresent();

        robot.clickOn("#retryButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timerLabel").tryQuery().isPresent());
        assertThat(robot.lookup(".session-question").queryAs(Label.class).getText())
                .isEqualTo(bank.question("rate-limiter").orElseThrow().title());
    }

    @Test
    void deleteMovesToTheTrashAndUndoBringsItBack(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.openHistory(robot, 4);
        selectTheOneSessionFoundBy(robot, "base62");
        robot.clickOn("#deleteButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().isEmpty());
        assertThat(sessionsNamed(app, "url-shortener")).isEmpty();
        assertThat(Files.list(app.home().resolve("trash")).count()).isEqualTo(1);

        robot.clickOn("#undoDeleteButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
        assertThat(sessionsNamed(app, "url-shortener")).hasSize(1);
    }

    @Test
    void progressShowsScoresAndWeakAreasThatDrawATargetedQuestion(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        robot.clickOn("#navProgress");
        LineChart<?, ?> chart = robot.lookup("#progressChart").queryAs(LineChart.class);
        javafx.scene.layout.VBox weak = robot.lookup("#weakAreasList").queryAs(javafx.scene.layout.VBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !chart.getData().isEmpty()
                && chart.getData().get(0).getData().size() == 3 && !weak.lookupAll(".practise-area").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getData().get(0).getData()).as("one point per session, in order")
                .extracting(d -> ((Number) d.getXValue()).intValue()).containsExactly(1, 2, 3);
        assertThat(robot.lookup("#practiceCalendar .calendar-label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Mon", "Wed", "Fri")
                .anySatisfy(text -> assertThat(java.util.Arrays.stream(java.time.Month.values())
                        .map(m -> m.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.getDefault())))
                        .contains(text));
        assertThat(robot.lookup(".progress-view .list-view").tryQuery()).as("no list scrolls inside the page").isEmpty();
        robot.clickOn(robot.lookup("#weakAreasList .practise-area").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("#questionTitle").queryAs(Label.class).getText().isBlank());
        assertThat(robot.lookup("#navPractice").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void compareShowsEveryAttemptSideBySideAndExportWritesMarkdownWithTheDiagram(FxRobot robot, RunningApp app,
            @TempDir Path exports) throws Exception {
        Path latest = sessionsNamed(app, "rate-limiter").stream().max(Comparator.naturalOrder()).orElseThrow();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB),
                "png", latest.resolve("whiteboard.png").toFile());
        app.start();
        app.useDialogs(new AnsweringDialogs().folder(exports));
        UiActions.openHistory(robot, 4);
        selectTheOneSessionFoundBy(robot, "leaky");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#reviewNotes").tryQuery().isPresent());

        robot.clickOn("#compareButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#compareColumns").tryQuery().isPresent());
        HBox columns = robot.lookup("#compareColumns").queryAs(HBox.class);
        assertThat(columns.getChildren()).hasSize(3);
        assertThat(columns.getChildren().get(2).getId()).as("the reference answer, one more column").isEqualTo("compareReference");
        assertThat(robot.from(columns).lookup(".review-score").queryAllAs(Label.class)).extracting(Label::getText)
                .allMatch(text -> text.startsWith("Score "));
        assertThat(robot.from(columns).lookup(".markdown-view").queryAll()).hasSize(3);
        assertThat(robot.from(columns).lookup(".compare-criteria").queryAll()).as("criterion by criterion").hasSize(2);
        Node later = robot.from(columns.getChildren().get(1)).lookup(".compare-criteria").query();
        assertThat(((GridPane) later).getChildren()).filteredOn(n -> n.getStyleClass().stream()
                .anyMatch(c -> c.startsWith("change-"))).as("the change since the attempt before").isNotEmpty()
                .extracting(n -> ((Label) n).getText()).anyMatch(text -> text.equals("=") || text.matches("[+\u2212].+"));
        assertThat(robot.from(columns).lookup((Text t) -> t.getText().contains("Token bucket")).tryQuery()).isPresent();
        assertThat(robot.from(columns).lookup((Text t) -> t.getText().contains("leaky bucket")).tryQuery()).isPresent();
        Window compare = columns.getScene().getWindow();
        assertThat(((Stage) compare).getTitle()).contains(bank.question("rate-limiter").orElseThrow().title());
        robot.interact(compare::requestFocus);
        robot.clickOn(columns.getChildren().get(0)).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !compare.isShowing());

        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#historyNotice").queryAs(Label.class).getText().startsWith("Exported 1 session"));
        List<Path> written;
        try (Stream<Path> list = Files.list(exports)) {
            written = list.toList();
        }
        Path markdown = written.stream().filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
        Path picture = written.stream().filter(p -> p.toString().endsWith(".png")).findFirst().orElseThrow();
        assertThat(Files.readString(markdown)).contains(bank.question("rate-limiter").orElseThrow().title())
                .contains("Second try: leaky bucket").contains("(" + picture.getFileName() + ")");
        assertThat(ImageIO.read(picture.toFile()).getWidth()).isEqualTo(40);

        robot.clickOn("#navPractice").clickOn("#navHistory");
        assertThat(robot.lookup("#historyNotice").queryAs(Label.class).getText()).as("the notice belonged to that visit")
                .isEmpty();
    }

    @Test
    void theWheelOverAReviewedDiagramScrollsThePageInsteadOfZooming(FxRobot robot, RunningApp app) throws Exception {
        for (Path folder : app.sessionFolders()) {
            Whiteboard board = new Whiteboard(() -> 0, () -> "design");
            board.execute(Commands.add(Shape.stencil(
                    new ShapeId("db"), Stencil.DATABASE,
                    new Point(200, 150))));
            new WhiteboardCodec().save(folder.resolve("whiteboard.json"), board.snapshot());
        }
        app.start();
        UiActions.openHistory(robot, 4);
        selectTheOneSessionFoundBy(robot, "leaky");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#reviewWhiteboard").tryQuery().isPresent());
        Node board = robot.lookup("#reviewWhiteboard #boardCanvas").query();
        String zoom = robot.lookup("#reviewWhiteboard #zoomLabel").queryAs(Label.class).getText();
        ScrollPane page = robot.lookup(".history-detail-scroll").queryAs(ScrollPane.class);
        UiActions.scrolledIntoView(robot, board);
        double before = page.getVvalue();

        robot.moveTo(board).scroll(5, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#reviewWhiteboard #zoomLabel").queryAs(Label.class).getText()).isEqualTo(zoom);
        assertThat(page.getVvalue()).as("the page scrolled").isNotEqualTo(before);
    }

    @Test
    void exportWithReferenceAnswersAddsTheOutlineAndTheReferenceDiagram(FxRobot robot, RunningApp app,
            @TempDir Path exports) throws Exception {
        app.start();
        app.useDialogs(new AnsweringDialogs().folder(exports));
        UiActions.openHistory(robot, 4);
        selectTheOneSessionFoundBy(robot, "leaky");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#reviewNotes").tryQuery().isPresent());

        javafx.scene.control.SplitMenuButton export = robot.lookup("#exportButton")
                .queryAs(javafx.scene.control.SplitMenuButton.class);
        robot.interact(() -> export.getItems().stream().filter(i -> "exportWithReferenceItem".equals(i.getId()))
                .findFirst().orElseThrow().fire());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#historyNotice").queryAs(Label.class)
                .getText().contains("with reference answers"));
        java.util.List<Path> written;
        try (Stream<Path> list = Files.list(exports)) {
            written = list.toList();
        }
        Path markdown = written.stream().filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
        Path reference = written.stream().filter(p -> p.toString().endsWith("-reference.png")).findFirst().orElseThrow();
        assertThat(Files.readString(markdown)).contains("## Reference answer")
                .contains("(" + reference.getFileName() + ")");
        assertThat(javax.imageio.ImageIO.read(reference.toFile()).getWidth()).isGreaterThan(400);
    }

    private void selectTheOneSessionFoundBy(FxRobot robot, String word) throws Exception {
        robot.clickOn("#historySearch").write(word);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
        robot.clickOn(UiActions.firstRow(robot, "#historyTable"));
    }

    private static List<Path> sessionsNamed(RunningApp app, String questionId) throws Exception {
        return app.sessionFolders().stream().filter(p -> p.getFileName().toString().endsWith("-" + questionId)).toList();
    }
}

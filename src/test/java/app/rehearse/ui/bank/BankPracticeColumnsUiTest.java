package app.rehearse.ui.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.Question;
import app.rehearse.ui.RehearseAppExtension;
import app.rehearse.ui.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The bank table's Practised, Best and Last columns, fed by the sessions in the history. */
@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class BankPracticeColumnsUiTest {
    private static final String LIMITER = "rate-limiter";
    private static final String SHORTENER = "url-shortener";
    /** Last year, so the dates are shown with their year whenever the test runs. */
    private static final int LAST_YEAR = Year.now().getValue() - 1;

    private PracticeHistorySeed seed;
    private int bestLimiterScore;

    @BeforeEach
    void pastSessions(RunningApp app) throws Exception {
        seed = new PracticeHistorySeed(app.home());
        int first = seed.graded(LIMITER, day(3), 2);
        int second = seed.graded(LIMITER, day(8), 3);
        seed.practised(LIMITER, day(12), false);
        bestLimiterScore = Math.max(first, second);
        seed.graded(SHORTENER, day(5), 1);
        // A damaged folder named for the question is reported on the History page and not counted here.
        Path damaged = app.home().resolve("sessions/" + LAST_YEAR + "1120-120000-" + LIMITER);
        Files.createDirectories(damaged);
        Files.writeString(damaged.resolve("session.json"), "{ \"version\": 1, ");
    }

    /** Noon on a November day of last year, in the zone the app shows dates in. */
    private static Instant day(int dayOfMonth) {
        return LocalDateTime.of(LAST_YEAR, 11, dayOfMonth, 12, 0).atZone(ZoneId.systemDefault()).toInstant();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Question> table(FxRobot robot) {
        return robot.lookup("#bankTable").queryAs(TableView.class);
    }

    @Test
    void theRowOfAPractisedQuestionShowsHowOftenHowWellAndWhenAndOthersShowADash(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        BankUi.open(robot);
        assertThat(table(robot).getColumns()).extracting(TableColumn::getId)
                .contains("bankPractisedColumn", "bankBestColumn", "bankLastColumn");

        BankUi.waitUntil(() -> "3".equals(cellText(table(robot), LIMITER, "bankPractisedColumn")));

        assertThat(BankUi.onFx(() -> cellText(table(robot), LIMITER, "bankBestColumn")))
                .isEqualTo(Integer.toString(bestLimiterScore));
        assertThat(BankUi.onFx(() -> cellText(table(robot), LIMITER, "bankLastColumn"))).isEqualTo("12 Nov " + LAST_YEAR);
        String neverPractised = BankUi.onFx(() -> table(robot).getItems().stream().map(Question::id)
                .filter(id -> !Set.of(LIMITER, SHORTENER).contains(id)).findFirst().orElseThrow());
        assertThat(BankUi.onFx(() -> List.of(cellText(table(robot), neverPractised, "bankPractisedColumn"),
                cellText(table(robot), neverPractised, "bankBestColumn"),
                cellText(table(robot), neverPractised, "bankLastColumn")))).containsOnly("\u2013");
    }

    @Test
    void clickingThePractisedHeaderSortsByHowOftenAQuestionWasPractised(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        BankUi.open(robot);
        BankUi.waitUntil(() -> "3".equals(cellText(table(robot), LIMITER, "bankPractisedColumn")));

        BankUi.clickColumnHeader(robot, "bankPractisedColumn");
        assertThat(ids(robot).subList(ids(robot).size() - 2, ids(robot).size())).containsExactly(SHORTENER, LIMITER);

        BankUi.clickColumnHeader(robot, "bankPractisedColumn");
        assertThat(ids(robot).subList(0, 2)).containsExactly(LIMITER, SHORTENER);
    }

    @Test
    void sessionsFinishedOrDeletedWhileTheAppRunsShowWhenThePageIsShownAgainKeepingSelectionAndSort(FxRobot robot, RunningApp app)
            throws Exception {
        app.start();
        BankView view = BankUi.open(robot);
        BankUi.waitUntil(() -> "3".equals(cellText(table(robot), LIMITER, "bankPractisedColumn")));
        BankUi.clickColumnHeader(robot, "bankPractisedColumn");
        BankUi.clickColumnHeader(robot, "bankPractisedColumn");
        BankUi.selectQuestion(robot, view, SHORTENER);
        assertThat(ids(robot).subList(0, 2)).containsExactly(LIMITER, SHORTENER);

        // One rate limiter session deleted, and two more on the url shortener, one of them begun just now.
        String unfinishedLimiter = seed.repository().unfinished(d -> { }).stream().map(s -> s.snapshot())
                .filter(s -> s.question().id().equals(LIMITER)).findFirst().orElseThrow().id();
        seed.repository().moveToTrash(unfinishedLimiter);
        Instant now = Instant.now();
        int shortenerBest = seed.graded(SHORTENER, day(20), 3);
        seed.practised(SHORTENER, now, false);
        robot.clickOn("#navHistory");
        robot.clickOn("#navBank");

        BankUi.waitUntil(() -> "3".equals(cellText(table(robot), SHORTENER, "bankPractisedColumn")));
        assertThat(BankUi.onFx(() -> cellText(table(robot), LIMITER, "bankPractisedColumn"))).isEqualTo("2");
        assertThat(BankUi.onFx(() -> cellText(table(robot), SHORTENER, "bankBestColumn")))
                .isEqualTo(Integer.toString(shortenerBest));
        assertThat(BankUi.onFx(() -> cellText(table(robot), SHORTENER, "bankLastColumn")))
                .isEqualTo(DateTimeFormatter.ofPattern("d MMM", Locale.ROOT).format(LocalDate.ofInstant(now, ZoneId.systemDefault())));
        assertThat(ids(robot).subList(0, 2)).containsExactly(SHORTENER, LIMITER);
        assertThat(BankUi.onFx(() -> table(robot).getSortOrder()).get(0).getId()).isEqualTo("bankPractisedColumn");
        assertThat(BankUi.onFx(() -> table(robot).getSelectionModel().getSelectedItems())).extracting(Question::id)
                .containsExactly(SHORTENER);
    }

    private static List<String> ids(FxRobot robot) throws Exception {
        return BankUi.onFx(() -> table(robot).getItems().stream().map(Question::id).toList());
    }

    /** The text shown in the question's row and this column, scrolling the row into view; call on the FX thread. */
    private static String cellText(TableView<Question> table, String questionId, String columnId) {
        Question q = table.getItems().stream().filter(i -> i.id().equals(questionId)).findFirst().orElseThrow();
        table.scrollTo(q);
        table.layout();
        return table.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() == q && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()) && c.isVisible())
                .map(TableCell::getText).filter(t -> t != null).findFirst().orElse(null);
    }
}

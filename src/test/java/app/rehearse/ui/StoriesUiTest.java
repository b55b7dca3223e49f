package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.audio.AudioSource;
import app.rehearse.audio.Availability;
import app.rehearse.audio.Cue;
import app.rehearse.audio.Microphone;
import app.rehearse.audio.RecordingFormat;
import app.rehearse.audio.Speaker;
import app.rehearse.audio.WavWriter;
import app.rehearse.storage.Backups;
import app.rehearse.stories.Story;
import app.rehearse.stories.StoryRepository;
import app.rehearse.stories.StoryScope;
import app.rehearse.ui.markdown.MarkdownView;
import app.rehearse.ui.stories.RecordingPlayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class StoriesUiTest {

    @Test
    void aStoryWrittenAndSavedFillsItsCompetencyInTheCoverage(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        robot.clickOn("#navStories");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#newStoryButton").tryQuery().isPresent());
        robot.clickOn("#coverageTab");
        assertThat(coverageOf(robot, "mentoring")).isEqualTo("no story yet");
        assertThat(robot.lookup("#probe-mentoring").tryQuery()).as("the questions that probe a gap are one click away")
                .isPresent();

        robot.clickOn("Your stories");
        robot.clickOn("#newStoryButton");
        type(robot, "#storyTitleField", "Growing a new lead");
        type(robot, "#storySituation", "Our payments team lost its lead in a reorg.");
        type(robot, "#storyTask", "I had to grow a replacement.");
        type(robot, "#storyAction", "We paired, we planned, we reviewed and we shipped.");
        type(robot, "#storyResult", "She led the team alone.");
        UiActions.click(robot, robot.lookup("#competency-mentoring").query());

        String warnings = robot.lookup("#storyWarnings").queryAs(Label.class).getText();
        assertThat(warnings).contains("Action says \u201cwe\u201d 4 times").contains("Result has no number");

        UiActions.click(robot, robot.lookup("#saveStoryButton").query());
        Path file = app.home().resolve("stories/growing-a-new-lead.json");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(file));
        assertThat(Files.readString(file)).contains("\"mentoring\"").contains("We paired");
        TableView<?> table = robot.lookup("#storyTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);

        robot.clickOn("#coverageTab");
        assertThat(coverageOf(robot, "mentoring")).startsWith("one story");
        assertThat(robot.lookup("#probe-mentoring").tryQuery()).isEmpty();
    }

    @Test
    void aStoryCannotBeSavedWithoutATitleAMonthAndACompetency(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        robot.clickOn("#navStories");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#newStoryButton").tryQuery().isPresent());
        robot.clickOn("#newStoryButton");

        assertThat(robot.lookup("#saveStoryButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#storyProblems").queryAs(Label.class).getText())
                .contains("Title must not be empty", "Pick at least one competency");

        type(robot, "#storyTitleField", "Saying no to a launch date");
        robot.interact(() -> robot.lookup("#storyFromField").queryTextInputControl().clear());
        type(robot, "#storyFromField", "spring");
        UiActions.click(robot, robot.lookup("#competency-conflict").query());

        assertThat(robot.lookup("#storyProblems").queryAs(Label.class).getText())
                .isEqualTo("Before it can be saved:\nWhen must be a month such as 2023-04");
        assertThat(robot.lookup("#saveStoryButton").queryButton().isDisabled()).isTrue();
    }

    private static String coverageOf(FxRobot robot, String competency) {
        HBox cell = robot.lookup("#coverage-" + competency).queryAs(HBox.class);
        return ((Label) cell.getChildren().get(0)).getText();
    }

    /** Clicks into a field of the editor (scrolled into view first) and types. */
    private static String notes(FxRobot robot) {
        return robot.lookup("#notesArea").queryTextInputControl().getText();
    }

    private static void type(FxRobot robot, String query, String text) {
        Node field = robot.lookup(query).query();
        UiActions.click(robot, field);
        robot.write(text);
    }

    @Test
    void aSpokenAnswerIsTimedPartByPartAndShownInGradingAndReview(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "behavioral");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#speakingTimer").tryQuery().isPresent());

        for (String part : new String[] {"#markSituation", "#markTask", "#markAction", "#markResult"}) {
            robot.clickOn(part);
            Thread.sleep(150);
        }
        robot.clickOn("#stopSpeakingButton");

        assertThat(robot.lookup("#speakingParts").queryAs(Label.class).getText())
                .matches("S 0:00 \u00b7 T 0:00 \u00b7 A 0:00 \u00b7 R 0:00  \u2014  Too short: .*");
        Path record = app.sessionFolders().get(0).resolve("session.json");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.readString(record).contains("\"spokenAnswer\""));

        robot.clickOn("#finishButton").clickOn("Finish now");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#spokenAnswerTimes").tryQuery().isPresent());
        assertThat(robot.lookup("#spokenAnswerTimes").queryAs(Label.class).getText())
                .matches("Spoken answer 0:0\\d:  Situation 0:0\\d · Task 0:0\\d · Action 0:0\\d · Result 0:0\\d");
        assertThat(Files.readString(record)).as("kept through the final save").contains("\"spokenAnswer\"");
        CheckBox timing = robot.lookup("#timingCheck").queryAs(CheckBox.class);
        assertThat(timing.getText()).startsWith("Measured: the spoken answer took 0:0").endsWith("(too short)");
        assertThat(timing.isDisabled()).as("a measurement, not a self-assessment").isTrue();
        assertThat(robot.lookup("#star-action").queryAs(CheckBox.class).getText()).startsWith("Action (0:0");

        // A recording made in the session, with its marks, as the record button leaves it.
        WavWriter wav = new WavWriter(app.sessionFolders().get(0).resolve(RecordingPlayer.FILE_NAME), 1_000_000);
        byte[] quiet = new byte[(int) RecordingFormat.millisToBytes(4_000)];
        wav.append(quiet, 0, quiet.length);
        wav.finish(List.of(new Cue("Situation", 0), new Cue("Task", 900), new Cue("Action", 1_500),
                new Cue("Result", 3_200)));

        UiActions.openHistory(robot, 1);
        robot.clickOn(UiActions.firstRow(robot, "#historyTable"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#reviewNotes").tryQuery().isPresent());
        assertThat(robot.lookup("#spokenAnswerTimes").tryQuery()).as("review shows the timings").isPresent();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#recordingPlayer").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#recordingChapters .button").queryAll()).extracting(n -> ((Button) n).getText())
                .containsExactly("Situation 0:00", "Task 0:00", "Action 0:01", "Result 0:03");
        assertThat(robot.lookup("#recordingPosition").queryAs(Label.class).getText()).isEqualTo("0:00 / 0:04");
        Button play = robot.lookup("#playRecordingButton").queryButton();
        Availability<Speaker> speaker = Speaker.probe();
        assertThat(play.isDisabled()).isEqualTo(!speaker.isReady());
        speaker.problem().ifPresent(why -> assertThat(play.getTooltip().getText()).isEqualTo(why));
    }

    @Test
    void theRecordButtonSaysWhyItCannotRecordWhereThereIsNoMicrophone(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "behavioral");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#recordButton").tryQuery().isPresent());
        ToggleButton record = robot.lookup("#recordButton").queryAs(ToggleButton.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !record.getTooltip().getText().startsWith("Looking"));

        Availability<AudioSource> microphone = Microphone.probe();
        assertThat(record.isDisabled()).isEqualTo(!microphone.isReady());
        microphone.problem().ifPresent(why -> assertThat(record.getTooltip().getText()).isEqualTo(why)
                .contains("microphone"));
        if (microphone.isReady()) {
            assertThat(record.getTooltip().getText()).contains("never leaves this machine");
        }
    }

    @Test
    void aSystemDesignSessionHasNoSpeakingTimer(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#notesArea").tryQuery().isPresent());

        assertThat(robot.lookup("#speakingTimer").tryQuery()).isEmpty();
        assertThat(robot.lookup("#starNotes").tryQuery()).isEmpty();
        assertThat(robot.lookup("#notesArea").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#whiteboard").tryQuery()).as("a design round opens with its board").isPresent();
    }

    @Test
    void aBehavioralSessionOffersTheStoriesAndKeepsTheOneChosenInView(FxRobot robot, RunningApp app) throws Exception {
        Instant now = Instant.parse("2026-11-01T10:00:00Z");
        StoryRepository stories = new StoryRepository(
                app.home().resolve("stories"), new Backups(app.home().resolve("backups"),
                Clock.systemUTC()));
        stories.save(new Story("checkout-migration", "Moving checkout off the monolith",
                YearMonth.of(2025, 2), Optional.empty(), "Checkout was the riskiest code we had.",
                "I owned the move.", "I split the traffic by merchant and ran both paths side by side for six weeks.",
                "Incidents fell from 9 to 1 a quarter.", List.of(), StoryScope.MULTI_TEAM,
                "Shadow traffic first.", List.of("ownership"), now, now));
        app.start();
        // Small enough that the picker sits below a long prompt: it must be scrolled to, as a person would.
        UiActions.resize(robot, app, 1024, 700);
        UiActions.startSession(robot, "behavioral");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#storyPicker").tryQuery()
                .map(p -> ((ComboBox<?>) p).getItems().size() == 2).orElse(false));
        assertThat(robot.lookup("#starNotes").tryQuery()).isPresent();
        assertThat(notes(robot)).startsWith("## Situation\n").contains("## Task", "## Action", "## Result", "## Reflection");
        assertThat(robot.lookup("#whiteboard").tryQuery()).as("folded away at first").isEmpty();

        UiActions.click(robot, robot.lookup("#storyPicker").query());
        robot.clickOn(robot.lookup(".list-cell").match((Node n) -> ((ListCell<?>) n).getText() != null
                && ((ListCell<?>) n).getText().startsWith("Moving checkout")).queryAs(Node.class));

        assertThat(robot.lookup("#pickedStory").query().isVisible()).isTrue();
        assertThat(((MarkdownView) robot.lookup("#pickedStory").query()).getText())
                .contains("I split the traffic by merchant");
        assertThat(notes(robot)).as("the STAR notes are filled from the story")
                .contains("## Action\n\nI split the traffic by merchant").contains("## Reflection\n\nShadow traffic first.");

        robot.clickOn("#starJumpResult").write("Then: ");
        assertThat(notes(robot)).contains("## Result\n\nThen: Incidents fell from 9 to 1 a quarter.");

        robot.clickOn("#unfoldBoardButton");
        assertThat(robot.lookup("#whiteboard").tryQuery()).as("one click brings the board back").isPresent();
        robot.clickOn("#foldBoardButton");
        assertThat(robot.lookup("#whiteboard").tryQuery()).isEmpty();
        String question = robot.lookup(".session-question").queryAs(Label.class).getText();

        robot.clickOn("#finishButton").clickOn("Finish now");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#saveGradeButton").tryQuery().isPresent());
        robot.clickOn("#navStories");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#storyTable").queryAs(TableView.class)
                .getItems().isEmpty());
        robot.clickOn(UiActions.firstRow(robot, "#storyTable"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#storySessions .label").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().startsWith("Told 1 time")));
        assertThat(robot.lookup("#storySessions .label").queryAll()).extracting(n -> ((Label) n).getText())
                .anyMatch(text -> text.contains(question) && text.endsWith("not graded"));
        Path record = app.sessionFolders().get(0).resolve("session.json");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Files.readString(record).contains("\"story\" : \"checkout-migration\""));
    }
}

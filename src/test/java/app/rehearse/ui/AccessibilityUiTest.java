package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class AccessibilityUiTest {

    @Test
    void everyButtonWithoutWordsHasAccessibleTextOnEveryPageAndInASession(FxRobot robot, RunningApp app) throws Exception {
        SampleHistory.write(app.home());
        app.start();
        Set<String> unnamed = new TreeSet<>();
        for (String page : List.of("#navToday", "#navPractice", "#navBank", "#navStories", "#navHistory", "#navProgress")) {
            robot.clickOn(page);
            WaitForAsyncUtils.waitForFxEvents();
            unnamed.addAll(unnamedButtons(app.stage().getScene().getRoot(), page));
        }
        UiActions.startSession(robot, "system-design");
        unnamed.addAll(unnamedButtons(app.stage().getScene().getRoot(), "session"));
        robot.clickOn("#foldPromptButton");
        unnamed.addAll(unnamedButtons(app.stage().getScene().getRoot(), "session, prompt folded"));
        robot.clickOn("#unfoldPromptButton");
        UiActions.finishNow(robot);
        unnamed.addAll(unnamedButtons(app.stage().getScene().getRoot(), "grading"));

        assertThat(unnamed).as("buttons a screen reader could only call \"button\"").isEmpty();
    }

    @Test
    void tabReachesThePagesControlsAndTheArrowsMoveAlongTheNavigation(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        robot.clickOn("#navPractice");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            robot.type(KeyCode.TAB);
            reached.add(focusedId(app));
        }
        assertThat(reached).as("Tab walks the navigation's chosen page, Settings, Help and the page's controls")
                .contains("navPractice", "settingsButton", "helpButton", "drawType", "drawButton", "sessionPlansButton");
        while (!focusedId(app).equals("navPractice")) {
            robot.type(KeyCode.TAB);
        }
        robot.type(KeyCode.DOWN);
        assertThat(focusedId(app)).as("the navigation is one group: arrows move within it").isEqualTo("navBank");
    }

    private static String focusedId(RunningApp app) {
        Node focused = app.stage().getScene().getFocusOwner();
        return focused == null ? "" : String.valueOf(focused.getId());
    }

    @Test
    void thePhaseChangeIsWhatTheTimerTellsAScreenReader(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        Label timer = robot.lookup("#timerLabel").queryAs(Label.class);
        Label phase = robot.lookup("#phaseLabel").queryAs(Label.class);
        // Some questions bring their own phases: the words are read off the phase bar, as a sighted user sees them.
        String first = phase.getText();
        assertThat(timer.getAccessibleText()).matches(first + ", phase 1 of \\d+, \\d+ minutes?( \\d+ seconds?)? left");
        robot.clickOn("#nextPhaseButton");
        assertThat(phase.getText()).isNotEqualTo(first);
        assertThat(timer.getAccessibleText()).startsWith(phase.getText() + ", phase 2 of ");
        assertThat(timer.queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo(timer.getAccessibleText());
    }

    private static List<String> unnamedButtons(Parent root, String where) {
        List<String> found = new ArrayList<>();
        collect(root, where, found);
        return found;
    }

    private static void collect(Node node, String where, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase button && blank(button) && blank(button.getAccessibleText())) {
            found.add(where + ": " + (button.getId() == null ? button.getClass().getSimpleName() + button.getStyleClass()
                    : "#" + button.getId()));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, where, found);
            }
        }
    }

    private static boolean blank(Labeled labeled) {
        return labeled.getText() == null || labeled.getText().isBlank();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

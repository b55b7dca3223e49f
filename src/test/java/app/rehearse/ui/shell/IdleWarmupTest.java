package app.rehearse.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.ui.common.AnsweringDialogs;
import app.rehearse.ui.common.UiTasks;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class IdleWarmupTest {
    private static final String STYLESHEET = "/app/rehearse/ui/rehearse.css";

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void everySampleBuildsAndItsControlsGetTheirSkins(FxRobot robot) {
        List<Supplier<Parent>> samples = IdleWarmup.samples(new AnsweringDialogs(), UiTasks.sameThread());
        IdleWarmup warmup = new IdleWarmup(samples, List.of(getClass().getResource(STYLESHEET).toExternalForm()));
        List<Control> withoutSkin = new ArrayList<>();
        List<Control> controls = new ArrayList<>();

        robot.interact(() -> samples.forEach(sample -> {
            Parent built = sample.get();
            warmup.build(built);
            collectControls(built, controls);
        }));

        controls.stream().filter(c -> c.getSkin() == null).forEach(withoutSkin::add);
        assertThat(controls).hasSizeGreaterThan(20);
        assertThat(withoutSkin).isEmpty();
    }

    @Test
    void aSampleIsMadeStyledAndLaidOutInStepsOfItsOwnBeforeTheNextIsMade(FxRobot robot) {
        List<Button> made = new ArrayList<>();
        Supplier<Parent> sample = () -> {
            Button button = new Button("sample " + made.size());
            made.add(button);
            return new VBox(button);
        };
        IdleWarmup warmup = new IdleWarmup(List.of(sample, sample),
                List.of(getClass().getResource(STYLESHEET).toExternalForm()));
        List<String> states = new ArrayList<>();

        robot.interact(() -> {
            while (warmup.step()) {
                states.add(made.size() + ": " + made.stream().map(IdleWarmupTest::state).toList());
            }
        });

        assertThat(states).containsExactly("1: [made]", "1: [styled]", "1: [laid out]",
                "2: [laid out, made]", "2: [laid out, styled]", "2: [laid out, laid out]");
    }

    private static String state(Button button) {
        return button.getSkin() == null ? "made" : button.getWidth() == 0 ? "styled" : "laid out";
    }

    private static void collectControls(Node node, List<Control> into) {
        if (node instanceof Control control) {
            into.add(control);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectControls(child, into));
        }
    }
}

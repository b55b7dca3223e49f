package app.rehearse.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.BankFile;
import app.rehearse.bank.DrawMemory;
import app.rehearse.bank.LoadedPack;
import app.rehearse.bank.PackInfo;
import app.rehearse.bank.PromptDrawer;
import app.rehearse.bank.QuestionBank;
import app.rehearse.bank.QuestionPack;
import app.rehearse.testing.TestQuestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Drawing a prompt, including the moments before the bank has loaded: nothing waits, nothing is lost. */
class DrawViewModelTest {
    private final List<Runnable> waiting = new ArrayList<>();
    private Optional<QuestionBank> bank = Optional.empty();
    private Optional<PromptDrawer> drawer = Optional.empty();
    private final DrawViewModel model = new DrawViewModel(() -> bank, () -> drawer, waiting::add);

    private void load() {
        QuestionPack pack = new QuestionPack(new PackInfo("p", "Practice pack", "1", Optional.empty(), Optional.empty(),
                Optional.empty()), List.of(TestQuestions.systemDesign("cache"), TestQuestions.systemDesign("queue")));
        bank = Optional.of(new QuestionBank(List.of(new LoadedPack(pack, "p.json", BankFile.Origin.CUSTOM)), List.of(), List.of()));
        drawer = Optional.of(new PromptDrawer(DrawMemory.inMemory(), new Random(1)));
    }

    @Test
    void aDrawAskedForWhileTheBankLoadsHappensOnceItHasLoaded() {
        model.draw();
        model.draw();

        assertThat(model.messageProperty().get()).isEqualTo("Loading the question bank\u2026");
        assertThat(model.questionProperty().get()).isNull();
        assertThat(waiting).hasSize(1);

        load();
        waiting.get(0).run();

        assertThat(model.questionProperty().get()).isNotNull();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.packTitle(model.questionProperty().get())).isEqualTo("Practice pack");
    }

    @Test
    void aFilterThatMatchesNothingSaysSo() {
        load();
        model.typeProperty().set("behavioral");

        model.draw();

        assertThat(model.questionProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("No question matches this filter.");
    }

    @Test
    void drawsEveryMatchingQuestionOnceBeforeRepeating() {
        load();
        model.draw();
        String first = model.questionProperty().get().id();

        model.draw();

        assertThat(model.questionProperty().get().id()).isNotEqualTo(first);
    }
}

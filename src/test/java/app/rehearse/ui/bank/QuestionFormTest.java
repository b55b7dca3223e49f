package app.rehearse.ui.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.BankLoader;
import app.rehearse.bank.BankSources;
import app.rehearse.bank.FollowUp;
import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.bank.QuestionRules;
import app.rehearse.bank.QuestionType;
import app.rehearse.testing.TestQuestions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's model works without a window: these checks need no toolkit. */
class QuestionFormTest {
    private static final QuestionBank BANK = new BankLoader().load(BankSources.shipped());

    @Test
    void theIdFollowsTheTitleUntilTheUserTypesOne() {
        QuestionForm form = QuestionForm.blank(BANK, "my-questions");
        form.title.set("Design a URL Shortener!");
        assertThat(form.id.get()).isEqualTo("design-a-url-shortener");

        form.id.set("short-links");
        form.title.set("Design a link shortener");
        assertThat(form.id.get()).isEqualTo("short-links");
        assertThat(form.idFollowsTitleProperty().get()).isFalse();

        form.suggestId();
        assertThat(form.id.get()).isEqualTo("design-a-link-shortener");
    }

    @Test
    void emptyFieldsAreReportedInOneWording() {
        QuestionForm form = QuestionForm.blank(BANK, "my-questions");
        form.prompt.set("Design a cache.");
        form.hints.set("A hint");
        form.followUps.set("A probe");
        form.title.set("");
        form.id.set("");

        assertThat(form.messages()).contains("Id must not be empty", "Title must not be empty");
    }

    @Test
    void theSuggestedIdIsNeverOneTheBankAlreadyHas() {
        Question shipped = BANK.questions().get(0);
        QuestionForm form = QuestionForm.blank(BANK, "my-questions");
        form.title.set(shipped.id());
        assertThat(form.id.get()).isEqualTo(shipped.id() + "-2");
    }

    @Test
    void itsProblemsAreExactlyTheRulesOfAPackWithFieldNamesInFront() {
        QuestionForm form = QuestionForm.blank(BANK, "my-questions");
        form.title.set("Caching");
        form.prompt.set("Design a cache.");
        form.hints.set("First hint\n\n  \nSecond hint");
        form.followUps.set("Probe\n!");
        form.tags.set("Hot Keys");

        Question draft = form.draft();
        assertThat(form.violationsProperty().get()).containsExactlyElementsOf(QuestionRules.check(draft));
        assertThat(form.messages()).containsExactly(
                "Tags: " + QuestionRules.check(draft).get(0).message(),
                "Follow-ups, line 2: \"text\" must not be empty");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(draft.hints()).containsExactly("First hint", "Second hint");
    }

    @Test
    void followUpLinesMarkCurveballsAndRoundTrip() {
        QuestionForm form = QuestionForm.blank(BANK, "my-questions");
        form.followUps.set("How do you test it?\n! A region fails\ncurveball: traffic triples");

        assertThat(form.draft().followUps()).containsExactly(new FollowUp("How do you test it?", FollowUp.Kind.PROBE),
                new FollowUp("A region fails", FollowUp.Kind.CURVEBALL), new FollowUp("traffic triples", FollowUp.Kind.CURVEBALL));
    }

    @Test
    void editingKeepsWhatTheFormDoesNotShowAndMayKeepItsOwnId() {
        Question withPhases = TestQuestions.withPhases("phased", List.of(new PhaseSpec("scope", "Scope", 10),
                new PhaseSpec("design", "Design", 30)));
        QuestionBank bank = new BankLoader().load(BankSources.shipped());
        QuestionForm form = QuestionForm.edit(bank, withPhases, "my-questions");

        assertThat(form.draft()).isEqualTo(withPhases);
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.isChanged()).isFalse();

        form.timeboxMinutes.set(50);
        assertThat(form.messages()).singleElement().asString().startsWith("Timebox is 50 but the phases add up to 40");
        assertThat(form.isChanged()).isTrue();
    }

    @Test
    void competencyAndSignalsBelongToBehavioralQuestionsOnly() {
        QuestionForm form = QuestionForm.blank(BANK, "my-questions");
        form.type.set(QuestionType.BEHAVIORAL);
        form.competency.set("ownership");
        assertThat(form.draft().competency()).contains("ownership");

        form.type.set(QuestionType.SYSTEM_DESIGN);
        assertThat(form.draft().competency()).isEmpty();
    }

    @Test
    void aDuplicateGetsAFreeCopyIdAndIsValidAsItStands() {
        Question shipped = BANK.questions().get(5);
        QuestionForm form = QuestionForm.duplicate(BANK, shipped, "my-questions");

        assertThat(form.id.get()).isEqualTo(shipped.id() + "-copy");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.draft()).usingRecursiveComparison().ignoringFields("id").isEqualTo(shipped);
    }
}

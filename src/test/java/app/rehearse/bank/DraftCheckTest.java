package app.rehearse.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.testing.TestQuestions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DraftCheckTest {
    private static final QuestionBank BANK = new BankLoader().load(BankSources.shipped());

    @Test
    void aValidDraftHasNoViolations() {
        assertThat(new DraftCheck(BANK, "my-questions", Optional.empty()).check(TestQuestions.systemDesign("fresh-id"))).isEmpty();
    }

    @Test
    void violationsPointIntoTheQuestionWithTheRulesOwnMessages() {
        Question q = TestQuestions.systemDesign("Bad Id");
        Question draft = new Question(q.id(), q.type(), " ", q.prompt(), q.level(), q.tags(), q.competency(), q.signals(),
                q.hints(), q.followUps(), List.of(new RubricCriterion("Scope", "", "weak", 9)), List.of("no-such-dimension"),
                q.timeboxMinutes(), q.phases());

        List<Violation> violations = new DraftCheck(BANK, "my-questions", Optional.empty()).check(draft);

        assertThat(violations).containsAll(QuestionRules.check(draft));
        assertThat(violations).extracting(Violation::pointer)
                .containsExactlyInAnyOrder("/id", "/title", "/rubric/0/strong", "/rubric/0/weight", "/tradeOffs/0");
        assertThat(violations).filteredOn(v -> v.pointer().equals("/tradeOffs/0")).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("unknown trade-off dimension \"no-such-dimension\""));
    }

    @Test
    void anIdTakenByAnotherQuestionIsAProblemButTheEditedQuestionMayKeepItsOwn() {
        String taken = BANK.questions().get(0).id();
        Question draft = TestQuestions.systemDesign(taken);

        assertThat(new DraftCheck(BANK, "my-questions", Optional.empty()).check(draft)).singleElement()
                .satisfies(v -> {
                    assertThat(v.pointer()).isEqualTo("/id");
                    assertThat(v.message()).contains("is already used in question-bank/");
                });
        assertThat(new DraftCheck(BANK, "my-questions", Optional.of(taken)).check(draft)).isEmpty();
    }
}

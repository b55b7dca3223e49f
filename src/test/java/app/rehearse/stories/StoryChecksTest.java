package app.rehearse.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryChecksTest {
    private static final String SITUATION = "Checkout ran on the monolith.";
    private static final String TASK = "I had to move it out.";

    @Test
    void aStrongStoryGetsNoWarning() {
        assertThat(StoryChecks.warnings(SITUATION, TASK, "I wrote the plan, I ran the first cut-over and we shipped it"
                + " in three steps.", "Deploys went from weekly to 12 a day.", List.of())).isEmpty();
    }

    @Test
    void anActionToldAsWeIsWarnedAbout() {
        assertThat(StoryChecks.warnings(SITUATION, TASK, "We planned it, we built it, our team tested it and we"
                + " shipped it; I reviewed.", "Deploys went from weekly to 12 a day.", List.of()))
                .singleElement().asString().startsWith("Action says \u201cwe\u201d 4 times and \u201cI\u201d 1");
    }

    @Test
    void aResultWithoutANumberIsWarnedAboutUnlessAMetricIsListed() {
        String action = "I wrote the plan, I ran the cut-over and I trained the on-call rota.";
        assertThat(StoryChecks.warnings(SITUATION, TASK, action, "It went much better.", List.of()))
                .singleElement().asString().startsWith("Result has no number");
        assertThat(StoryChecks.warnings(SITUATION, TASK, action, "It went much better.", List.of("p99 -40%"))).isEmpty();
    }

    @Test
    void anActionShorterThanItsSetUpIsWarnedAbout() {
        assertThat(StoryChecks.warnings("A long situation with many words about the company and the market and the"
                + " team.", "My task was this.", "I fixed it.", "Costs fell 30%.", List.of()))
                .singleElement().asString().startsWith("Action is 3 words against 19");
    }

    @Test
    void partsNotWrittenYetAreNotWarnedAbout() {
        assertThat(StoryChecks.warnings("", "", "", "", List.of())).isEmpty();
    }
}

package app.rehearse.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromptDrawerTest {
    private static final List<Question> QUESTIONS = List.of(
            question("url-shortener", QuestionType.SYSTEM_DESIGN, Level.SENIOR, "storage", "caching"),
            question("news-feed", QuestionType.SYSTEM_DESIGN, Level.STAFF, "feeds", "caching"),
            question("payments", QuestionType.SYSTEM_DESIGN, Level.PRINCIPAL, "money"),
            question("chat", QuestionType.SYSTEM_DESIGN, Level.SENIOR, "realtime"),
            question("conflict", QuestionType.BEHAVIORAL, Level.SENIOR, "conflict"),
            question("mentoring", QuestionType.BEHAVIORAL, Level.STAFF, "mentoring"),
            question("failure", QuestionType.BEHAVIORAL, Level.STAFF, "ownership"),
            question("cache-or-not", QuestionType.TRADE_OFF, Level.SENIOR, "caching"),
            question("build-or-buy", QuestionType.TRADE_OFF, Level.MID, "vendors"));

    static Question question(String id, QuestionType type, Level level, String... tags) {
        return new Question(id, type, id, "Prompt of " + id, level, List.of(tags), Optional.empty(), List.of(), List.of(),
                List.of(), List.of(), List.of(), OptionalInt.empty(), List.of());
    }

    private static List<String> draws(PromptDrawer drawer, DrawFilter filter, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(drawer.draw(QUESTIONS, filter).orElseThrow().id());
        }
        return ids;
    }

    private static Set<String> ids(DrawFilter filter) {
        Set<String> ids = new HashSet<>();
        QUESTIONS.stream().filter(filter::matches).forEach(q -> ids.add(q.id()));
        return ids;
    }

    @Test
    void drawsEveryMatchingQuestionOnceBeforeRepeating() {
        int n = QUESTIONS.size();
        for (long seed = 0; seed < 50; seed++) {
            List<String> drawn = draws(new PromptDrawer(DrawMemory.inMemory(), new Random(seed)), DrawFilter.ANY, 4 * n);

            for (int round = 0; round < 4; round++) {
                assertThat(drawn.subList(round * n, (round + 1) * n)).as("seed %d round %d", seed, round)
                        .doesNotHaveDuplicates().hasSize(n);
            }
        }
    }

    @Test
    void theLastQuestionOfARoundIsNeverTheFirstOfTheNext() {
        DrawFilter behavioral = DrawFilter.ofType(QuestionType.BEHAVIORAL);
        for (long seed = 0; seed < 200; seed++) {
            List<String> drawn = draws(new PromptDrawer(DrawMemory.inMemory(), new Random(seed)), behavioral, 30);

            for (int i = 1; i < drawn.size(); i++) {
                assertThat(drawn.get(i)).as("seed %d draw %d", seed, i).isNotEqualTo(drawn.get(i - 1));
            }
        }
    }

    @Test
    void filtersByType() {
        DrawFilter tradeOffs = DrawFilter.ofType(QuestionType.TRADE_OFF);

        List<String> drawn = draws(new PromptDrawer(DrawMemory.inMemory(), new Random(1)), tradeOffs, 6);

        assertThat(drawn).containsOnly("cache-or-not", "build-or-buy");
    }

    @Test
    void filtersByLevel() {
        DrawFilter staffAndUp = DrawFilter.ANY.withLevels(EnumSet.of(Level.STAFF, Level.PRINCIPAL));

        List<String> drawn = draws(new PromptDrawer(DrawMemory.inMemory(), new Random(2)), staffAndUp, 4);

        assertThat(drawn).containsExactlyInAnyOrder("news-feed", "payments", "mentoring", "failure");
    }

    @Test
    void filtersByAnyOfTheTags() {
        DrawFilter tagged = DrawFilter.ANY.withTags(Set.of("caching", "money"));

        List<String> drawn = draws(new PromptDrawer(DrawMemory.inMemory(), new Random(3)), tagged, 4);

        assertThat(drawn.subList(0, 4)).containsExactlyInAnyOrder("url-shortener", "news-feed", "payments", "cache-or-not");
    }

    @Test
    void combinesTypeLevelAndTags() {
        DrawFilter filter = new DrawFilter(Set.of(QuestionType.SYSTEM_DESIGN, QuestionType.TRADE_OFF), Set.of(Level.SENIOR),
                Set.of("caching", "realtime"));

        List<String> drawn = draws(new PromptDrawer(DrawMemory.inMemory(), new Random(4)), filter, 6);

        assertThat(ids(filter)).containsExactlyInAnyOrder("url-shortener", "chat", "cache-or-not");
        assertThat(drawn.subList(0, 3)).containsExactlyInAnyOrder("url-shortener", "chat", "cache-or-not");
        assertThat(drawn.subList(3, 6)).containsExactlyInAnyOrder("url-shortener", "chat", "cache-or-not");
    }

    @Test
    void aFilterNothingMatchesDrawsNothingAndForgetsNothing() {
        DrawMemory memory = DrawMemory.inMemory();
        PromptDrawer drawer = new PromptDrawer(memory, new Random(5));
        drawer.draw(QUESTIONS, DrawFilter.ANY);
        DrawFilter none = DrawFilter.ofType(QuestionType.TRADE_OFF).withLevels(Set.of(Level.PRINCIPAL));

        assertThat(drawer.draw(QUESTIONS, none)).isEmpty();
        assertThat(drawer.draw(List.of(), DrawFilter.ANY)).isEmpty();
        assertThat(memory.drawn()).hasSize(1);
    }

    @Test
    void aLoneMatchingQuestionIsDrawnEveryTime() {
        DrawFilter money = DrawFilter.ANY.withTags(Set.of("money"));

        assertThat(draws(new PromptDrawer(DrawMemory.inMemory(), new Random(6)), money, 3))
                .containsExactly("payments", "payments", "payments");
    }

    @Test
    void startingANewRoundForOneFilterKeepsTheOtherQuestionsDrawn() {
        DrawMemory memory = DrawMemory.inMemory();
        PromptDrawer drawer = new PromptDrawer(memory, new Random(7));
        String behavioral = drawer.draw(QUESTIONS, DrawFilter.ofType(QuestionType.BEHAVIORAL)).orElseThrow().id();

        draws(drawer, DrawFilter.ofType(QuestionType.TRADE_OFF), 3);

        assertThat(memory.drawn()).contains(behavioral);
    }

    @Test
    void questionsDrawnUnderAnotherFilterCountAsDrawn() {
        PromptDrawer drawer = new PromptDrawer(DrawMemory.inMemory(), new Random(8));
        List<String> first = draws(drawer, DrawFilter.ofType(QuestionType.SYSTEM_DESIGN), 2);

        List<String> rest = draws(drawer, DrawFilter.ofType(QuestionType.SYSTEM_DESIGN).withLevels(Set.of()), 2);

        assertThat(rest).doesNotContainAnyElementsOf(first);
    }
}

package app.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rehearse.bank.Level;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionType;
import app.rehearse.history.SessionSummary;
import app.rehearse.practice.SessionState;
import app.rehearse.testing.TestQuestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockLoopTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path home;

    private final Question cache = TestQuestions.systemDesign("cache");
    private final Question queue = TestQuestions.systemDesign("queue");
    private final Question feed = TestQuestions.systemDesign("feed");
    private final Question conflict = TestQuestions.behavioral("disagreed", "conflict");
    private final Question mentoring = TestQuestions.behavioral("mentored", "mentoring");
    private final Question drill = TestQuestions.tradeOff("cache-or-not");
    private final List<Question> bank = List.of(cache, queue, feed, conflict, mentoring, drill);

    private static SessionSummary practised(Question q, Instant at, OptionalInt score) {
        return new SessionSummary(q.id() + at, Path.of("s"), q.id(), q.title(), q.type(), Level.SENIOR, q.tags(),
                q.competency(), q.tradeOffs(), at, Optional.of(at), SessionState.FINISHED, 1, 1, 0, 0, 0, 0, score,
                Optional.empty(), score.isPresent() ? Map.of("consistency-vs-availability", 2) : Map.of(), "",
                Optional.empty(), 0, Optional.empty(), Optional.empty());
    }

    @Test
    void theOnsiteLoopDrawsADesignTwoDifferentStoriesAndADrill() {
        List<String> drawn = LoopDraw.draw(LoopTemplate.ONSITE, bank, List.of(), NOW).orElseThrow();

        assertThat(drawn).hasSize(4).doesNotHaveDuplicates();
        assertThat(drawn.subList(1, 3)).containsExactlyInAnyOrder("disagreed", "mentored");
        assertThat(drawn.get(3)).isEqualTo("cache-or-not");
    }

    @Test
    void recentQuestionsWaitAndAreasNeverGradedComeFirst() {
        List<SessionSummary> sessions = List.of(
                practised(cache, NOW.minus(Duration.ofDays(3)), OptionalInt.empty()),
                practised(feed, NOW.minus(Duration.ofDays(40)), OptionalInt.empty()),
                practised(conflict, NOW.minus(Duration.ofDays(30)), OptionalInt.of(70)));
        LoopTemplate oneDesignOneStory = new LoopTemplate(List.of(new LoopTemplate.Round(QuestionType.SYSTEM_DESIGN,
                Optional.empty()), new LoopTemplate.Round(QuestionType.BEHAVIORAL, Optional.empty())), 5);

        List<String> drawn = LoopDraw.draw(oneDesignOneStory, bank, sessions, NOW).orElseThrow();

        assertThat(drawn.get(0)).as("never practised beats practised long ago; recent waits").isEqualTo("queue");
        assertThat(drawn.get(1)).as("mentoring has no graded story yet").isEqualTo("mentored");
    }

    @Test
    void aRoundTheBankCannotFillMeansNoLoop() {
        LoopTemplate principalDesign = new LoopTemplate(List.of(new LoopTemplate.Round(QuestionType.SYSTEM_DESIGN,
                Optional.of(Level.PRINCIPAL))), 0);

        assertThat(LoopDraw.draw(principalDesign, bank, List.of(), NOW)).isEmpty();
    }

    @Test
    void aLoopMovesRoundByRoundAndSurvivesARestartAtItsRound() throws Exception {
        LoopStore store = new LoopStore(home.resolve("loops"));
        MockLoop loop = new MockLoop("loop-1", LoopTemplate.ONSITE, List.of("cache", "disagreed", "mentored", "cache-or-not"),
                0, Optional.empty(), NOW);
        assertThat(store.current()).isEmpty();

        loop = loop.started("s-1").next().started("s-2");
        store.save(loop);

        MockLoop back = new LoopStore(home.resolve("loops")).current().orElseThrow();
        assertThat(back).isEqualTo(loop);
        assertThat(back.progress()).isEqualTo("Round 2 of 4 \u00b7 Behavioral");
        store.save(back.next().next().next());
        assertThat(store.current()).as("a finished loop is not kept").isEmpty();
    }

    @Test
    void theTemplateIsTheUsersOnceSavedAndADamagedFileIsReportedAndLeftAlone() throws Exception {
        LoopStore store = new LoopStore(home.resolve("loops"));
        assertThat(store.template()).isEqualTo(LoopTemplate.ONSITE);
        LoopTemplate mine = new LoopTemplate(List.of(new LoopTemplate.Round(QuestionType.SYSTEM_DESIGN, Optional.of(Level.STAFF)),
                new LoopTemplate.Round(QuestionType.BEHAVIORAL, Optional.empty())), 10);

        store.saveTemplate(mine);
        assertThat(store.template()).isEqualTo(mine);
        assertThat(mine.describe()).isEqualTo("System design (staff), Behavioral; 10-minute breaks");

        Path file = home.resolve("loops/template.json");
        String damaged = "{\"version\": 1,\n \"rounds\": [{\"type\": \"poetry\"}], \"breakMinutes\": 5}";
        Files.writeString(file, damaged);
        assertThatThrownBy(store::template).hasMessageContaining("template.json:2:");
        assertThat(Files.readString(file)).isEqualTo(damaged);
    }

    @Test
    void aTemplateKeepsToItsLimits() {
        assertThatThrownBy(() -> new LoopTemplate(List.of(), 5)).hasMessageContaining("1 to 8 rounds");
        assertThatThrownBy(() -> new LoopTemplate(LoopTemplate.ONSITE.rounds(), 31)).hasMessageContaining("0 to 30 minutes");
    }
}

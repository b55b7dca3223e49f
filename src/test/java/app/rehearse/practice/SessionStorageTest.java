package app.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rehearse.json.Jackson;
import app.rehearse.json.JsonValue;
import app.rehearse.testing.MutableClock;
import app.rehearse.testing.TestQuestions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStorageTest {
    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));

    private SessionRepository repository() {
        return new SessionRepository(home.resolve("sessions"), home.resolve("trash"), ZoneOffset.UTC);
    }

    private PracticeSession session(SessionRepository repository, String questionId) {
        var q = TestQuestions.systemDesign(questionId);
        PracticeSession s = PracticeSession.create(repository.newId(q.id(), clock.instant()), q,
                PlanSettings.standard().planFor(q), clock, new Random(2), false);
        s.start();
        return s;
    }

    @Test
    void aSessionRoundTripsThroughItsFolder() throws Exception {
        SessionRepository repository = repository();
        PracticeSession s = session(repository, "url-shortener");
        clock.advanceSeconds(90);
        s.revealHint();
        s.nextPhase(5);
        repository.save(s.snapshot(), "notes\nwith ünïcode");

        assertThat(s.id()).isEqualTo("20261125-100000-url-shortener");
        StoredSession loaded = repository.load(s.id());
        assertThat(loaded.notes()).isEqualTo("notes\nwith ünïcode");
        assertThat(loaded.snapshot()).usingRecursiveComparison().isEqualTo(s.snapshot());
    }

    @Test
    void idsAreUniqueEvenWithinTheSameSecond() {
        SessionRepository repository = repository();
        assertThat(repository.newId("q", clock.instant())).isEqualTo("20261125-100000-q");
        assertThat(repository.newId("q", clock.instant())).isEqualTo("20261125-100000-q-2");
    }

    @Test
    void damagedAndNewerSessionsAreReportedAndTheOthersStillLoad() throws Exception {
        SessionRepository repository = repository();
        PracticeSession good = session(repository, "good");
        repository.save(good.snapshot(), "fine");
        Path torn = home.resolve("sessions/20261125-090000-torn");
        Files.createDirectories(torn);
        Files.writeString(torn.resolve("session.json"), "{\"version\": 1, \"id\": ");
        Path newer = home.resolve("sessions/20261125-080000-newer");
        Files.createDirectories(newer);
        Files.writeString(newer.resolve("session.json"), "{\"version\": 9}");

        List<DamagedSession> damaged = new ArrayList<>();
        List<StoredSession> loaded = repository.loadAll(damaged::add);

        assertThat(loaded).extracting(s -> s.snapshot().id()).containsExactly(good.id());
        assertThat(damaged).hasSize(2);
        assertThat(damaged).anySatisfy(d -> assertThat(d.reason()).contains("invalid JSON"));
        assertThat(damaged).anySatisfy(d -> assertThat(d.reason()).contains("newer Rehearse (version 9)"));
        assertThat(Files.readString(torn.resolve("session.json"))).startsWith("{\"version\": 1");
    }

    @Test
    void unfinishedSessionsAreFoundAndDiscardingMovesThemToTheTrash() throws Exception {
        SessionRepository repository = repository();
        PracticeSession running = session(repository, "running");
        repository.save(running.snapshot(), "");
        PracticeSession done = session(repository, "done");
        done.finish();
        repository.save(done.snapshot(), "");

        assertThat(repository.unfinished(d -> { })).extracting(s -> s.snapshot().id()).containsExactly(running.id());
        Path trashed = repository.moveToTrash(running.id());
        assertThat(trashed).startsWith(home.resolve("trash"));
        assertThat(Files.readString(trashed.resolve("notes.md"), StandardCharsets.UTF_8)).isEmpty();
        assertThat(repository.unfinished(d -> { })).isEmpty();
    }

    @Test
    void aSessionFileWithAnInvalidQuestionIsDamagedNotHalfRead() {
        byte[] bytes = ("{\"version\":1,\"id\":\"x\",\"state\":\"running\",\"question\":{\"id\":\"Bad Id\"},"
                + "\"plan\":[],\"timeline\":[],\"hintsUsed\":[],\"followUpsShown\":[]}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SessionCodec.read(bytes, "s.json")).isInstanceOf(DamagedSessionException.class)
                .hasMessageContaining("s.json");
    }

    @Test
    void settingsRoundTripAndADamagedFileFallsBackToTheStandardPlans() throws Exception {
        PlanSettingsStore store = new PlanSettingsStore(home.resolve("settings.json"));
        assertThat(store.load()).isEqualTo(PlanSettings.standard());
        PlanSettings custom = PlanSettings.standard().withAutoAdvance(true)
                .withDefault(app.rehearse.bank.QuestionType.TRADE_OFF, PlanSettings.standard()
                        .defaultFor(app.rehearse.bank.QuestionType.TRADE_OFF).scaledTo(20));
        store.save(custom);
        assertThat(store.load()).isEqualTo(custom);
        Files.writeString(home.resolve("settings.json"), "{ nope");
        assertThat(store.load()).isEqualTo(PlanSettings.standard());
    }

    @Test
    void theInterviewDateAndPracticeDaysAreKeptAsAnIsoDateAndANumber() throws Exception {
        PlanSettingsStore store = new PlanSettingsStore(home.resolve("settings.json"));
        PlanSettings goal = PlanSettings.standard().withGoal(new StudyGoal(Optional.of(LocalDate.of(2027, 1, 14)), 5));

        store.save(goal);

        assertThat(Files.readString(home.resolve("settings.json"))).contains("\"interviewDate\" : \"2027-01-14\"")
                .contains("\"practiceDaysPerWeek\" : 5");
        assertThat(store.load()).isEqualTo(goal);
        Files.writeString(home.resolve("settings.json"), "{\"version\": 1,\n \"interviewDate\": \"14/01/2027\"}");
        assertThatThrownBy(() -> PlanSettingsStore.parse(Files.readAllBytes(home.resolve("settings.json")), "settings.json"))
                .hasMessageContaining("settings.json:2:").hasMessageContaining("an interview date is written like 2027-01-14");
    }

    @Test
    void fieldsOwnedByOtherFeaturesSurviveLaterAutosaves() throws Exception {
        SessionRepository repository = repository();
        PracticeSession s = session(repository, "graded");
        repository.save(s.snapshot(), "v1");
        repository.saveField(s.id(), "grades", Jackson.MAPPER.readTree("{\"version\":1,\"scorecards\":[]}"));
        clock.advanceSeconds(5);
        repository.save(s.snapshot(), "v2");

        StoredSession loaded = repository.load(s.id());
        assertThat(loaded.notes()).isEqualTo("v2");
        assertThat(loaded.extra("grades")).get().extracting(g -> g.at("/version").orElseThrow())
                .isInstanceOfSatisfying(JsonValue.JsonNumber.class, n -> assertThat(n.value().intValue()).isEqualTo(1));
        assertThatThrownBy(() -> repository.saveField(s.id(), "timeline", Jackson.MAPPER.nullNode()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReadErrorWhileSavingFailsTheSaveAndNeverDropsTheGrades() throws Exception {
        SessionRepository plain = repository();
        PracticeSession s = session(plain, "graded");
        plain.save(s.snapshot(), "v1");
        plain.saveField(s.id(), "grades", Jackson.MAPPER.readTree("{\"version\":1,\"scorecards\":[]}"));
        boolean[] failNext = {true};
        SessionRepository flaky = new SessionRepository(home.resolve("sessions"), home.resolve("trash"), ZoneOffset.UTC,
                (file, cap) -> {
                    if (failNext[0] && file.endsWith(SessionRepository.SESSION_FILE)) {
                        failNext[0] = false;
                        throw new java.io.IOException("Input/output error");
                    }
                    return app.rehearse.storage.UserFiles.read(file, cap);
                });
        clock.advanceSeconds(5);

        assertThatThrownBy(() -> flaky.save(s.snapshot(), "v2")).hasMessageContaining("Input/output error");
        assertThat(plain.load(s.id()).extra("grades")).isPresent();
        flaky.save(s.snapshot(), "v2");

        StoredSession loaded = plain.load(s.id());
        assertThat(loaded.notes()).isEqualTo("v2");
        assertThat(loaded.extra("grades")).isPresent();
    }

    @Test
    void notesThatAreNotUtf8AreReadWithReplacementsAndTheSessionKeepsItsGrades() throws Exception {
        SessionRepository repository = repository();
        PracticeSession s = session(repository, "latin1");
        repository.save(s.snapshot(), "");
        repository.saveField(s.id(), "grades", Jackson.MAPPER.readTree("{\"version\":1,\"scorecards\":[]}"));
        Files.write(repository.folder(s.id()).resolve(SessionRepository.NOTES_FILE),
                new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n', 'o', 'k'});

        StoredSession loaded = repository.load(s.id());

        assertThat(loaded.notes()).isEqualTo("caf\uFFFD\nok");
        assertThat(loaded.notesComplete()).isTrue();
        assertThat(loaded.extra("grades")).isPresent();
    }

    @Test
    void notesOverTheCapComeBackCutAndMarkedAndARecordOnlySaveLeavesThemWhole() throws Exception {
        SessionRepository repository = repository();
        PracticeSession s = session(repository, "huge");
        repository.save(s.snapshot(), "");
        Path notes = repository.folder(s.id()).resolve(SessionRepository.NOTES_FILE);
        Files.write(notes, new byte[(int) SessionRepository.MAX_NOTES_BYTES + 10]);

        StoredSession loaded = repository.load(s.id());
        assertThat(loaded.notesComplete()).isFalse();
        assertThat(loaded.notes()).hasSize((int) SessionRepository.MAX_NOTES_BYTES);

        repository.saveRecord(s.snapshot());
        assertThat(Files.size(notes)).isEqualTo(SessionRepository.MAX_NOTES_BYTES + 10);
    }

    @Test
    void aDamagedSettingsFileIsLeftAloneAndItsProblemNamed() throws Exception {
        Path file = home.resolve("settings.json");
        String damaged = "{\"version\": 1,\n \"plans\": {\"trade-off\": [{\"id\": \"solve\", \"name\": \"Solve\", \"minutes\": \"ten\"}]}}";
        Files.writeString(file, damaged);
        PlanSettingsStore store = new PlanSettingsStore(file);

        assertThat(store.load()).isEqualTo(PlanSettings.standard());
        assertThatThrownBy(() -> store.save(PlanSettings.standard()))
                .hasMessageContaining(file + ":2:").hasMessageContaining("\"minutes\" must be an integer")
                .hasMessageContaining("(at /plans/trade-off/0/minutes)");
        assertThat(Files.readString(file)).isEqualTo(damaged);
    }

    @Test
    void settingsFromANewerRehearseAreNeverOverwritten() throws Exception {
        Path file = home.resolve("settings.json");
        String newer = "{\"version\":999,\"plans\":{},\"fromTheFuture\":true}";
        Files.writeString(file, newer);
        PlanSettingsStore store = new PlanSettingsStore(file);

        assertThat(store.load()).isEqualTo(PlanSettings.standard());
        assertThatThrownBy(() -> store.save(PlanSettings.standard().withAutoAdvance(true)))
                .hasMessageContaining("settings.json").hasMessageContaining("left as it is");
        assertThat(Files.readString(file)).isEqualTo(newer);
    }
}

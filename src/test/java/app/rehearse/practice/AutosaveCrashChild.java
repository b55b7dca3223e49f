package app.rehearse.practice;

import app.rehearse.storage.Autosaver;
import app.rehearse.testing.TestQuestions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The process {@link AutosaveCrashTest} kills: types {@link #text} into a session's notes at a
 * steady rate through the app's autosave path, printing how much it has typed as it goes.
 */
public final class AutosaveCrashChild {
    static final int CHARS_PER_SECOND = 100;

    private AutosaveCrashChild() {}

    /** The deterministic text typed; its first n characters are what was typed after n keystrokes. */
    static String text(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; sb.length() < length; i++) {
            sb.append("line ").append(i).append(": the quick brown fox estimates 12k QPS.\n");
        }
        return sb.substring(0, length);
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        SessionRepository repository = new SessionRepository(home.resolve("sessions"), home.resolve("trash"),
                ZoneOffset.UTC);
        var question = TestQuestions.systemDesign("crash-test");
        Clock clock = Clock.systemUTC();
        PracticeSession session = PracticeSession.create(repository.newId(question.id(), clock.instant()), question,
                PlanSettings.standard().planFor(question), clock, new Random(), false);
        session.start();
        ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
        Autosaver<String> saver = new Autosaver<>(io, notes -> repository.save(session.snapshot(), notes),
                new Autosaver.Listener() {
                    @Override
                    public void saved() {
                    }

                    @Override
                    public void failed(java.io.IOException error, Duration retryIn) {
                        System.out.println("FAILED " + error);
                    }
                }, Autosaver.TYPING_DEBOUNCE, Autosaver.TYPING_MAX_DELAY);
        String all = text(100_000);
        saver.submitNow("");
        System.out.println("READY " + session.id());
        System.out.flush();
        long start = System.nanoTime();
        for (int typed = 1; typed <= all.length(); typed++) {
            long due = start + typed * 1_000_000_000L / CHARS_PER_SECOND;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            saver.submit(all.substring(0, typed));
            System.out.println("TYPED " + typed);
            System.out.flush();
        }
    }
}

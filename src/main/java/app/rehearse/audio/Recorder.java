package app.rehearse.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioInputStream;

/**
 * Records one answer from an {@link AudioSource} to a WAV file, stamping the user's STAR marks on its
 * timeline. It runs on a thread of its own: a microphone read blocks for as long as the user speaks, and
 * the app's single I/O thread must stay free for saving notes meanwhile. Recording ends on {@link #stop},
 * at the end of the source, at the byte cap, or on an error; in every case {@code whenDone} runs exactly
 * once, on the given executor, with the {@link RecordingOutcome}.
 */
public final class Recorder {
    private static final Logger LOG = Logger.getLogger(Recorder.class.getName());
    /** Read 100 ms at a time, so that {@link #stop} takes effect within about that long. */
    static final int CHUNK_BYTES = (int) RecordingFormat.millisToBytes(100);

    private final AudioSource source;
    private final Path target;
    private final long maxBytes;
    private final Executor resultExecutor;
    private final Consumer<RecordingOutcome> whenDone;
    private final AtomicLong capturedBytes = new AtomicLong();
    private final List<Cue> cues = new ArrayList<>();
    private boolean cuesClosed;
    private volatile boolean stopRequested;

    private Recorder(AudioSource source, Path target, long maxBytes, Executor resultExecutor,
            Consumer<RecordingOutcome> whenDone) {
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        this.maxBytes = maxBytes;
        this.resultExecutor = Objects.requireNonNull(resultExecutor, "resultExecutor");
        this.whenDone = Objects.requireNonNull(whenDone, "whenDone");
    }

    /** Starts recording to {@code target} on a new daemon thread; at most {@code maxBytes} of audio are kept. */
    public static Recorder start(AudioSource source, Path target, long maxBytes, Executor resultExecutor,
            Consumer<RecordingOutcome> whenDone) {
        if (maxBytes < 0 || maxBytes > WavWriter.MAX_DATA_BYTES) {
            throw new IllegalArgumentException("a recording can hold 0 to " + WavWriter.MAX_DATA_BYTES + " bytes");
        }
        Recorder recorder = new Recorder(source, target, maxBytes, resultExecutor, whenDone);
        Thread thread = new Thread(recorder::run, "rehearse-recorder");
        thread.setDaemon(true);
        thread.start();
        return recorder;
    }

    /**
     * Marks the current point of the recording: audio time captured so far, not wall-clock time, so a
     * mark lines up with what was said. Any thread may call it; marks after {@link #stop} are ignored.
     */
    public void mark(String label) {
        synchronized (cues) {
            if (!stopRequested && !cuesClosed) {
                cues.add(new Cue(label, capturedMillis()));
            }
        }
    }

    /** Asks the recording to end; the sound read so far is kept. Returns at once; the outcome follows. */
    public void stop() {
        stopRequested = true;
    }

    /** How much audio has been captured so far, for a running clock. */
    public long capturedMillis() {
        return RecordingFormat.bytesToMillis(capturedBytes.get());
    }

    private void run() {
        RecordingOutcome outcome = null;
        try {
            outcome = record();
        } catch (IOException e) {
            outcome = RecordingFailures.outcomeFor(e);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "recording to " + target + " failed unexpectedly", e);
            outcome = new RecordingOutcome.Failed(RecordingFailures.UNEXPECTED, e);
            if (e instanceof Error error) {
                throw error;
            }
        } finally {
            deliver(outcome);
        }
    }

    private RecordingOutcome record() throws IOException {
        AudioInputStream in;
        try {
            in = source.open();
        } catch (IOException e) {
            throw RecordingFailures.sourceWouldNotStart(e);
        }
        WavWriter writer = null;
        boolean capped;
        try {
            if (!in.getFormat().matches(RecordingFormat.FORMAT)) {
                throw RecordingFailures.sourceInWrongFormat(in.getFormat());
            }
            writer = new WavWriter(target, maxBytes);
            capped = capture(in, writer);
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.abandon();
            }
            throw e;
        } finally {
            release(in);
        }
        List<Cue> marks;
        synchronized (cues) {
            cuesClosed = true;
            marks = List.copyOf(cues);
        }
        writer.finish(marks);
        long durationMs = RecordingFormat.bytesToMillis(writer.dataBytes());
        LOG.info(() -> "recorded " + durationMs + " ms to " + target + (capped ? " (stopped at the cap)" : ""));
        return new RecordingOutcome.Saved(target, durationMs, marks, capped);
    }

    /** Copies sound to the writer until stopped or the source ends; true when it stopped at the cap. */
    private boolean capture(AudioInputStream in, WavWriter writer) throws IOException {
        byte[] buffer = new byte[CHUNK_BYTES];
        while (!stopRequested) {
            int read;
            try {
                read = in.read(buffer);
            } catch (IOException e) {
                throw RecordingFailures.sourceStopped(e);
            }
            if (read < 0) {
                return false;
            }
            int accepted = writer.append(buffer, 0, read);
            capturedBytes.addAndGet(accepted);
            if (accepted < read || writer.isFull()) {
                return true;
            }
        }
        return false;
    }

    /** Closing the source only releases the device; the sound is already written, so a failure here is just logged. */
    private static void release(AudioInputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not release the sound source", e);
        }
    }

    private void deliver(RecordingOutcome outcome) {
        try {
            resultExecutor.execute(() -> whenDone.accept(outcome));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "nothing is left to receive the outcome of recording " + target + ": " + outcome, e);
        }
    }
}

package app.rehearse.audio;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;

/**
 * Turns what went wrong while recording into words for the user. Every message ends by saying the STAR
 * timings are safe, because they are saved with the session whatever happens to the audio.
 */
final class RecordingFailures {
    private static final Logger LOG = Logger.getLogger(RecordingFailures.class.getName());
    static final String DISK_FULL = "The disk is full, so the recording was not kept. Your STAR timings are saved.";
    static final String UNEXPECTED = "The recording stopped because of an internal error and was not kept. "
            + "Your STAR timings are saved.";

    private RecordingFailures() {}

    /** The failed outcome for {@code error}, after logging it. */
    static RecordingOutcome.Failed outcomeFor(IOException error) {
        String message;
        if (error instanceof SourceFailure) {
            message = error.getMessage();
        } else if (isDiskFull(error)) {
            message = DISK_FULL;
        } else {
            message = "The recording could not be saved (" + describe(error) + "). Your STAR timings are saved.";
        }
        LOG.log(Level.WARNING, "recording failed: " + message, error);
        Throwable cause = error instanceof SourceFailure && error.getCause() != null ? error.getCause() : error;
        return new RecordingOutcome.Failed(message, cause);
    }

    /**
     * True for a full disk or exhausted quota (ENOSPC and EDQUOT on Unix, ERROR_DISK_FULL on Windows)
     * anywhere in the chain of causes. Other file-system errors, such as a missing folder, are not.
     */
    static boolean isDiskFull(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String text = t instanceof FileSystemException fs ? fs.getReason() + " " + fs.getMessage() : t.getMessage();
            String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
            if (lower.contains("no space left on device") || lower.contains("not enough space on the disk")
                    || lower.contains("disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }

    static IOException sourceWouldNotStart(IOException error) {
        return new SourceFailure("The microphone could not be started (" + error.getMessage()
                + "), so nothing was recorded. Your STAR timings are saved.", error);
    }

    static IOException sourceInWrongFormat(AudioFormat format) {
        return new SourceFailure("The microphone delivered sound in an unexpected format (" + format
                + "), so nothing was recorded. Your STAR timings are saved.", null);
    }

    static IOException sourceStopped(IOException error) {
        return new SourceFailure("The microphone stopped sending sound, so the recording was not kept. "
                + "Your STAR timings are saved.", error);
    }

    /** The file-system errors a user can act on, in words; anything else as the exception says it. */
    static String describe(IOException error) {
        if (error instanceof FileSystemException fs && fs.getReason() == null && fs.getFile() != null) {
            String file = fs.getFile();
            if (error instanceof NoSuchFileException) {
                return "cannot find " + file;
            } else if (error instanceof AccessDeniedException) {
                return "not allowed to write to " + file;
            } else if (error instanceof FileAlreadyExistsException) {
                return "a file is in the way at " + file;
            } else if (error instanceof NotDirectoryException) {
                return file + " is not a folder";
            }
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    /** A failure of the sound source rather than of the disk, already worded for the user. */
    private static final class SourceFailure extends IOException {
        SourceFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

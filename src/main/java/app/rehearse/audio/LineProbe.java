package app.rehearse.audio;

import java.util.ServiceConfigurationError;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;

/**
 * Asks the sound system for a line without opening it, turning every way that can fail into a reason for
 * the user. javax.sound reports a missing device as {@link IllegalArgumentException}, a busy one as
 * {@link LineUnavailableException}, and a broken provider as almost anything, so all of them are caught here.
 */
final class LineProbe {
    private static final Logger LOG = Logger.getLogger(LineProbe.class.getName());

    private LineProbe() {}

    static <T> Availability<T> probe(LineLookup lookup, Line.Info info, DeviceWords words, Supplier<T> device) {
        try {
            Line line = lookup.getLine(info);
            if (!info.getLineClass().isInstance(line)) {
                LOG.info(() -> "the sound system offered " + line + " for " + info);
                return new Availability.Missing<>(words.absent());
            }
            return new Availability.Ready<>(device.get());
        } catch (LineUnavailableException | RuntimeException | ServiceConfigurationError | LinkageError e) {
            return new Availability.Missing<>(reason(e, words, info));
        }
    }

    /** The user's words for a failure to get or open a line, after logging it. */
    static String reason(Throwable failure, DeviceWords words, Line.Info info) {
        if (failure instanceof IllegalArgumentException) {
            LOG.log(Level.FINE, "no sound line for " + info, failure);
            return words.absent();
        }
        if (failure instanceof LineUnavailableException) {
            LOG.log(Level.INFO, "sound line busy: " + info, failure);
            return words.busy();
        }
        if (failure instanceof SecurityException) {
            LOG.log(Level.INFO, "sound line forbidden: " + info, failure);
            return words.forbidden();
        }
        LOG.log(Level.WARNING, "the sound system failed looking for " + info, failure);
        return words.broken();
    }
}

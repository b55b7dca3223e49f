package app.rehearse.audio;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a sound device can be used, found out without throwing: either the device, or a reason in
 * plain words that the UI can show in a tooltip on the disabled record or play button.
 *
 * @param <T> what a usable device gives access to
 */
public sealed interface Availability<T> permits Availability.Ready, Availability.Missing {

    /** The device was found. */
    record Ready<T>(T device) implements Availability<T> {
        public Ready {
            Objects.requireNonNull(device, "device");
        }
    }

    /** No usable device; {@code reason} says why, for the user. */
    record Missing<T>(String reason) implements Availability<T> {
        public Missing {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a missing device needs a reason to show");
            }
        }
    }

    default boolean isReady() {
        return this instanceof Ready;
    }

    /** Why the device cannot be used, or empty when it can. */
    default Optional<String> problem() {
        return this instanceof Missing<T> missing ? Optional.of(missing.reason()) : Optional.empty();
    }
}

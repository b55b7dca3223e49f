package app.rehearse.audio;

import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;

/**
 * Finds a sound line; {@code AudioSystem::getLine} in the app. A seam so that tests can make the sound
 * system fail in each of the ways real machines do, which a machine without sound hardware cannot show.
 */
@FunctionalInterface
interface LineLookup {
    Line getLine(Line.Info info) throws LineUnavailableException;
}

package app.rehearse.ui.practice;

import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;

/**
 * A short two-note chime for a phase change, made in memory and played through javax.sound (no AWT,
 * no media module). Opening the sound line happens on the given background executor; a machine with
 * no sound device gets a line in the log once, and silence.
 */
final class Chime {
    private static final Logger LOG = Logger.getLogger(Chime.class.getName());
    private static final float RATE = 22_050f;
    private static final byte[] SOUND = tones(new double[] {880, 1320}, 0.12);

    private final Executor background;
    private boolean reported;

    Chime(Executor background) {
        this.background = background;
    }

    void play() {
        background.execute(() -> {
            try {
                Clip clip = AudioSystem.getClip();
                clip.open(new AudioFormat(RATE, 16, 1, true, false), SOUND, 0, SOUND.length);
                clip.addLineListener(event -> {
                    if (event.getType() == LineEvent.Type.STOP) {
                        clip.close();
                    }
                });
                clip.start();
            } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                if (!reported) {
                    reported = true;
                    LOG.log(Level.INFO, "no sound device for the phase-change chime; it stays silent", e);
                }
            }
        });
    }

    /** 16-bit little-endian mono samples: each frequency for {@code seconds}, faded in and out to avoid clicks. */
    static byte[] tones(double[] frequencies, double seconds) {
        int perTone = (int) (RATE * seconds);
        byte[] out = new byte[perTone * frequencies.length * 2];
        int at = 0;
        for (double frequency : frequencies) {
            for (int i = 0; i < perTone; i++) {
                double envelope = Math.min(1, Math.min(i, perTone - i) / (RATE * 0.01));
                short sample = (short) (Math.sin(2 * Math.PI * frequency * i / RATE) * envelope * 0.3 * Short.MAX_VALUE);
                out[at++] = (byte) sample;
                out[at++] = (byte) (sample >> 8);
            }
        }
        return out;
    }
}

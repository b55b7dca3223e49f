package app.rehearse.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChimeTest {

    @Test
    void eachNoteIsItsLengthOf16BitSamplesFadedInFromSilence() {
        byte[] sound = Chime.tones(new double[] {880, 1320}, 0.1);

        assertThat(sound).hasSize(2 * 2 * 2_205);
        assertThat(sample(sound, 0)).isZero();
        int loudest = 0;
        for (int i = 0; i < sound.length / 2; i++) {
            loudest = Math.max(loudest, Math.abs(sample(sound, i)));
        }
        assertThat(loudest).isBetween(8_000, 10_000);
    }

    @Test
    void playingWithoutASoundDeviceIsSilentAndNeverThrows() {
        new Chime(Runnable::run).play();
    }

    private static int sample(byte[] sound, int index) {
        return (short) ((sound[2 * index] & 0xff) | (sound[2 * index + 1] << 8));
    }
}

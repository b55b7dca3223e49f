package app.rehearse.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The RIFF chunks that carry marks in a WAV file: a {@code cue } chunk with one cue point per mark (by sample
 * offset into the data chunk) and a {@code LIST}/{@code adtl} chunk with one {@code labl} naming each. This is
 * the layout audio editors read, so a recording opened elsewhere still shows its STAR parts.
 */
final class CueChunks {
    static final int CUE_POINT_BYTES = 24;

    private CueChunks() {}

    /**
     * The cue and label chunks for {@code cues}, each padded to an even length as RIFF requires; empty when
     * there are no cues. A cue past the end of the audio is placed at the end.
     */
    static byte[] encode(List<Cue> cues, long frames, float sampleRate) {
        if (cues.isEmpty()) {
            return new byte[0];
        }
        List<byte[]> labels = new ArrayList<>();
        int listBytes = 4;
        for (Cue cue : cues) {
            byte[] text = cue.label().getBytes(StandardCharsets.UTF_8);
            labels.add(text);
            listBytes += 8 + padded(4 + text.length + 1);
        }
        int cueBytes = 4 + CUE_POINT_BYTES * cues.size();
        ByteBuffer out = ByteBuffer.allocate(8 + cueBytes + 8 + listBytes).order(ByteOrder.LITTLE_ENDIAN);
        out.put(ascii("cue ")).putInt(cueBytes).putInt(cues.size());
        for (int i = 0; i < cues.size(); i++) {
            long offset = Math.min(frames, Math.round(cues.get(i).millis() * (double) sampleRate / 1000));
            out.putInt(i + 1).putInt((int) offset).put(ascii("data")).putInt(0).putInt(0).putInt((int) offset);
        }
        out.put(ascii("LIST")).putInt(listBytes).put(ascii("adtl"));
        for (int i = 0; i < labels.size(); i++) {
            byte[] text = labels.get(i);
            int size = 4 + text.length + 1;
            out.put(ascii("labl")).putInt(size).putInt(i + 1).put(text).put((byte) 0);
            if (size % 2 != 0) {
                out.put((byte) 0);
            }
        }
        return out.array();
    }

    static int padded(int size) {
        return size + (size & 1);
    }

    static byte[] ascii(String fourCc) {
        return fourCc.getBytes(StandardCharsets.US_ASCII);
    }
}

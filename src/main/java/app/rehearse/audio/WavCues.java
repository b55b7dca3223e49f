package app.rehearse.audio;

import app.rehearse.storage.IoGuard;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a WAV file's length and its cue points with their labels, walking the RIFF chunks and skipping
 * the ones it does not know. The audio itself is never read, so this is quick even for a long answer.
 * A damaged file (cut short by a crash, or not a WAV at all) gives an {@link IOException} naming it.
 */
public final class WavCues {
    private static final Logger LOG = Logger.getLogger(WavCues.class.getName());
    /** Marks and labels are small; a larger metadata chunk means the size field is garbage. */
    static final int MAX_METADATA_BYTES = 16 * 1024 * 1024;

    private WavCues() {}

    public static Recording read(Path file) throws IOException {
        IoGuard.checkFile("reading", file);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            return new Parser(file, in).parse();
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "unexpected layout in " + file, e);
            throw damaged(file, "its chunks do not fit together", e);
        }
    }

    private static IOException damaged(Path file, String why, Throwable cause) {
        return new IOException("Cannot read the recording " + file + ": " + why + ".", cause);
    }

    private record Format(int frameBytes, long sampleRate) {}

    private static final class Parser {
        private final Path file;
        private final FileChannel in;
        private Format format;
        private long dataBytes = -1;
        private final Map<Integer, Long> offsets = new LinkedHashMap<>();
        private final Map<Integer, String> labels = new HashMap<>();

        Parser(Path file, FileChannel in) {
            this.file = file;
            this.in = in;
        }

        Recording parse() throws IOException {
            long size = in.size();
            if (size < 12) {
                throw damaged(file, "it is too short to be a WAV file", null);
            }
            ByteBuffer head = readAt(0, 12);
            if (!fourCc(head, 0).equals("RIFF") || !fourCc(head, 8).equals("WAVE")) {
                throw damaged(file, "it is not a WAV file", null);
            }
            long riffEnd = 8 + Integer.toUnsignedLong(head.getInt(4));
            if (riffEnd > size) {
                throw damaged(file, "it is cut short (" + size + " of " + riffEnd + " bytes)", null);
            }
            long at = 12;
            while (at + 8 <= riffEnd) {
                ByteBuffer chunkHead = readAt(at, 8);
                String id = fourCc(chunkHead, 0);
                long length = Integer.toUnsignedLong(chunkHead.getInt(4));
                if (at + 8 + length > riffEnd) {
                    throw damaged(file, "its \"" + id.strip() + "\" chunk runs past the end of the file", null);
                }
                chunk(id, at + 8, length);
                at += 8 + length + (length & 1);
            }
            if (format == null) {
                throw damaged(file, "it has no format chunk", null);
            }
            if (dataBytes < 0) {
                throw damaged(file, "it has no audio data", null);
            }
            long durationMs = dataBytes / format.frameBytes() * 1000 / format.sampleRate();
            return new Recording(file, durationMs, cues());
        }

        private void chunk(String id, long body, long length) throws IOException {
            switch (id) {
                case "fmt " -> format = format(metadata(id, body, length));
                case "data" -> dataBytes = length;
                case "cue " -> cuePoints(metadata(id, body, length));
                case "LIST" -> {
                    if (length >= 4 && fourCc(readAt(body, 4), 0).equals("adtl")) {
                        labels(metadata(id, body, length));
                    }
                }
                default -> LOG.fine(() -> "skipping the \"" + id + "\" chunk of " + file);
            }
        }

        private Format format(ByteBuffer fmt) throws IOException {
            if (fmt.limit() < 16) {
                throw damaged(file, "its format chunk is too short", null);
            }
            long rate = Integer.toUnsignedLong(fmt.getInt(4));
            int blockAlign = Short.toUnsignedInt(fmt.getShort(12));
            if (rate == 0 || blockAlign == 0) {
                throw damaged(file, "its format chunk gives no sample rate or frame size", null);
            }
            return new Format(blockAlign, rate);
        }

        private void cuePoints(ByteBuffer cue) throws IOException {
            long count = cue.limit() < 4 ? -1 : Integer.toUnsignedLong(cue.getInt(0));
            if (count < 0 || 4 + count * CueChunks.CUE_POINT_BYTES > cue.limit()) {
                throw damaged(file, "its cue list is cut short", null);
            }
            for (int i = 0; i < count; i++) {
                int point = 4 + i * CueChunks.CUE_POINT_BYTES;
                offsets.put(cue.getInt(point), Integer.toUnsignedLong(cue.getInt(point + 20)));
            }
        }

        private void labels(ByteBuffer list) throws IOException {
            int at = 4;
            while (at + 8 <= list.limit()) {
                String id = fourCc(list, at);
                long length = Integer.toUnsignedLong(list.getInt(at + 4));
                if (at + 8 + length > list.limit()) {
                    throw damaged(file, "a label runs past the end of its list", null);
                }
                if (id.equals("labl") && length >= 4) {
                    int text = at + 12;
                    int end = text;
                    while (end < at + 8 + length && list.get(end) != 0) {
                        end++;
                    }
                    byte[] bytes = new byte[end - text];
                    list.get(text, bytes);
                    labels.put(list.getInt(at + 8), new String(bytes, StandardCharsets.UTF_8));
                }
                at += (int) (8 + length + (length & 1));
            }
        }

        private List<Cue> cues() {
            List<Cue> cues = new ArrayList<>();
            offsets.forEach((id, offset) -> cues.add(new Cue(labels.getOrDefault(id, ""),
                    Math.round(offset * 1000.0 / format.sampleRate()))));
            cues.sort(Comparator.comparingLong(Cue::millis));
            return cues;
        }

        private ByteBuffer metadata(String id, long body, long length) throws IOException {
            if (length > MAX_METADATA_BYTES) {
                throw damaged(file, "its \"" + id.strip() + "\" chunk is implausibly large", null);
            }
            return readAt(body, (int) length);
        }

        private ByteBuffer readAt(long position, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            while (buffer.hasRemaining()) {
                if (in.read(buffer, position + buffer.position()) < 0) {
                    throw damaged(file, "it ended while being read", null);
                }
            }
            return buffer.flip();
        }

        private static String fourCc(ByteBuffer buffer, int at) {
            byte[] bytes = new byte[4];
            buffer.get(at, bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}

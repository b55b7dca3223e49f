package app.rehearse.audio;

import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.IoGuard;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;

/**
 * Streams a recording to disk as it is captured, so a long answer never sits in memory, yet the target
 * appears only complete: audio goes to a temporary file beside it (named so the storage layer's leftover
 * sweep removes it after a crash), and {@link #finish} adds the sizes and marks, forces it to disk and
 * renames it over the target atomically. Used by one thread at a time.
 */
public final class WavWriter {
    private static final Logger LOG = Logger.getLogger(WavWriter.class.getName());
    static final int HEADER_BYTES = 44;
    /** RIFF sizes are 32-bit; 2 GiB of audio (18 hours) leaves ample room for the header and marks. */
    static final long MAX_DATA_BYTES = Integer.MAX_VALUE;

    private final Path target;
    private final Path temp;
    private final long maxBytes;
    private FileChannel channel;
    private long dataBytes;

    /** Creates the temporary file (and any missing folders) and writes a placeholder header. */
    public WavWriter(Path target, long maxBytes) throws IOException {
        if (maxBytes < 0 || maxBytes > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("a recording holds 0 to " + MAX_DATA_BYTES + " bytes, not " + maxBytes);
        }
        IoGuard.checkFile("recording", target);
        this.target = target;
        this.maxBytes = RecordingFormat.wholeFrames(maxBytes);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String random = Long.toHexString(ThreadLocalRandom.current().nextLong());
        this.temp = dir.resolve("." + target.getFileName() + "." + random + ".tmp");
        this.channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            writeFully(header(0));
        } catch (IOException e) {
            discard(e);
            throw e;
        }
    }

    /**
     * Appends audio, up to the byte cap and in whole frames only, and returns how many bytes were taken:
     * fewer than {@code length} means the cap is reached (or {@code length} ended in a partial frame).
     */
    public int append(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        ensureOpen();
        int accepted = (int) RecordingFormat.wholeFrames(Math.min(length, maxBytes - dataBytes));
        if (accepted == 0) {
            return 0;
        }
        try {
            writeFully(ByteBuffer.wrap(bytes, offset, accepted));
        } catch (IOException e) {
            discard(e);
            throw e;
        }
        dataBytes += accepted;
        return accepted;
    }

    /** Bytes of audio written so far. */
    public long dataBytes() {
        return dataBytes;
    }

    /** True once the cap is reached and no more audio will be taken. */
    public boolean isFull() {
        return dataBytes >= maxBytes;
    }

    /**
     * Stamps {@code cues} on the timeline, completes the header, forces the file to disk and moves it over
     * the target. On failure the temporary file is removed and the target is left as it was.
     */
    public void finish(List<Cue> cues) throws IOException {
        ensureOpen();
        try {
            if (dataBytes % 2 != 0) {
                writeFully(ByteBuffer.allocate(1));
            }
            writeFully(ByteBuffer.wrap(CueChunks.encode(cues, dataBytes / RecordingFormat.FRAME_SIZE,
                    RecordingFormat.SAMPLE_RATE)));
            ByteBuffer header = header(dataBytes);
            header.putInt(4, (int) (channel.size() - 8));
            while (header.hasRemaining()) {
                channel.write(header, header.position());
            }
            channel.force(true);
            channel.close();
            channel = null;
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + temp.getParent() + " cannot replace files atomically", e);
            }
        } catch (IOException e) {
            discard(e);
            throw e;
        }
        AtomicFiles.forceDirectory(temp.getParent());
    }

    /** Gives up the recording: deletes the temporary file. Does nothing once finished or abandoned. */
    public void abandon() {
        if (channel != null) {
            discard(null);
        }
    }

    private void ensureOpen() {
        if (channel == null) {
            throw new IllegalStateException("the recording " + target + " is already finished or abandoned");
        }
    }

    private void writeFully(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Closes and deletes the temporary file; problems doing so are logged and attached to {@code failure}. */
    private void discard(IOException failure) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not close the unfinished recording " + temp, e);
        } finally {
            channel = null;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove the unfinished recording " + temp, e);
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    private static ByteBuffer header(long dataBytes) {
        AudioFormat format = RecordingFormat.FORMAT;
        int frameSize = format.getFrameSize();
        int rate = (int) format.getSampleRate();
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put(CueChunks.ascii("RIFF")).putInt((int) (HEADER_BYTES - 8 + dataBytes)).put(CueChunks.ascii("WAVE"));
        header.put(CueChunks.ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) format.getChannels())
                .putInt(rate).putInt(rate * frameSize).putShort((short) frameSize)
                .putShort((short) format.getSampleSizeInBits());
        header.put(CueChunks.ascii("data")).putInt((int) dataBytes);
        return header.flip();
    }
}

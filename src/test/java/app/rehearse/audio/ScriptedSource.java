package app.rehearse.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * A sound source the test drives by hand, like a microphone that hears exactly what it is fed. Each time
 * the recorder has taken everything fed so far and blocks for more, {@link #awaitHungry} returns, so the
 * test knows exactly how much audio has been captured without any sleeping.
 */
final class ScriptedSource implements AudioSource {
    private static final byte[] END = new byte[0];
    private static final byte[] FAIL = new byte[0];

    private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private final Semaphore hungry = new Semaphore(0);
    volatile boolean closed;

    void feed(byte[] chunk) {
        chunks.add(chunk);
    }

    void end() {
        chunks.add(END);
    }

    /** Makes the next read, once everything fed before is taken, fail as an unplugged device would. */
    void fail() {
        chunks.add(FAIL);
    }

    /** Waits until the recorder has written everything fed so far and asks for more. */
    void awaitHungry() throws InterruptedException {
        hungry.acquire();
    }

    @Override
    public AudioInputStream open() {
        return new AudioInputStream(new Feed(), RecordingFormat.FORMAT, AudioSystem.NOT_SPECIFIED);
    }

    private final class Feed extends InputStream {
        private byte[] current = new byte[0];
        private int at;

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (current == END) {
                return -1;
            }
            if (at == current.length) {
                hungry.release();
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
                at = 0;
                if (current == END) {
                    return -1;
                }
                if (current == FAIL) {
                    throw new IOException("device unplugged");
                }
            }
            int n = Math.min(len, current.length - at);
            System.arraycopy(current, at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}

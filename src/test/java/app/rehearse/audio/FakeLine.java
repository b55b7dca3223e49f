package app.rehearse.audio;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;

/**
 * Stands in for a sound line (a clip or a microphone line) on a machine without sound hardware: it keeps
 * a frame position, a running flag and the calls made, and a microphone line hands out {@link #capture}.
 */
final class FakeLine implements InvocationHandler {
    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile LineUnavailableException failOpen;
    volatile byte[] capture = new byte[0];
    private int captured;
    private AudioFormat format = RecordingFormat.FORMAT;
    private int framePosition;
    private int frameLength;
    private boolean running;
    private boolean open;

    <T extends Line> T as(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, this));
    }

    @Override
    public synchronized Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        calls.add(name);
        switch (name) {
            case "open" -> {
                if (failOpen != null) {
                    throw failOpen;
                }
                if (args != null && args[0] instanceof AudioInputStream in) {
                    format = in.getFormat();
                    frameLength = in.readAllBytes().length / format.getFrameSize();
                }
                open = true;
                return null;
            }
            case "start" -> running = true;
            case "stop" -> running = false;
            case "close" -> {
                open = false;
                running = false;
            }
            case "flush", "drain" -> {
                return null;
            }
            case "setFramePosition" -> framePosition = (Integer) args[0];
            case "read" -> {
                return read((byte[]) args[0], (Integer) args[1], (Integer) args[2]);
            }
            default -> {
                return answer(name, proxy, args);
            }
        }
        return null;
    }

    private int read(byte[] b, int off, int len) {
        if (captured >= capture.length) {
            return -1;
        }
        int n = Math.min(len, capture.length - captured);
        System.arraycopy(capture, captured, b, off, n);
        captured += n;
        return n;
    }

    private Object answer(String name, Object proxy, Object[] args) {
        return switch (name) {
            case "isOpen" -> open;
            case "isRunning", "isActive" -> running;
            case "getFormat" -> format;
            case "getFrameLength" -> frameLength;
            case "getFramePosition" -> framePosition;
            case "getLongFramePosition" -> (long) framePosition;
            case "getBufferSize" -> 16_000;
            case "available" -> 0;
            case "toString" -> "FakeLine";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException(name);
        };
    }

    /** A lookup that fails the way {@code failure} says, as a broken or absent sound system would. */
    static LineLookup failingWith(Throwable failure) {
        return info -> {
            if (failure instanceof LineUnavailableException busy) {
                throw busy;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) failure;
        };
    }
}

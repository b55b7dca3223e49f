package app.rehearse.bank;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** One JSON file of the bank: where it came from, a name for messages, and a way to read its bytes. */
public record BankFile(String name, Origin origin, Contents contents, Attachments attachments) {

    /** A file that names no other files, or whose attachments are not available (an editor's draft). */
    public BankFile(String name, Origin origin, Contents contents) {
        this(name, origin, contents, Attachments.NONE);
    }

    /** Shipped files come with the app; custom ones live in the user's data directory. */
    public enum Origin { SHIPPED, CUSTOM }

    @FunctionalInterface
    public interface Contents {
        byte[] read() throws IOException;
    }

    /** Reads the files a pack names beside itself, such as its reference diagrams. */
    @FunctionalInterface
    public interface Attachments {
        Attachments NONE = (relative, cap) -> {
            throw new NoSuchFileException(relative, null, "no files beside this pack can be read here");
        };

        /**
         * The bytes of {@code relative} (already checked to stay inside the pack's folder), at most {@code cap}.
         *
         * @throws NoSuchFileException when there is no such file
         */
        byte[] read(String relative, long cap) throws IOException;
    }

    /** How messages name a file beside this one: the folder of this file's name, then {@code relative}. */
    public String besideName(String relative) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return (slash < 0 ? "" : name.substring(0, slash + 1)) + relative;
    }
}

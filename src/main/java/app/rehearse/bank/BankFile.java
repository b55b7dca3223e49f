package app.rehearse.bank;

import java.io.IOException;

/** One JSON file of the bank: where it came from, a name for messages, and a way to read its bytes. */
public record BankFile(String name, Origin origin, Contents contents) {

    /** Shipped files come with the app; custom ones live in the user's data directory. */
    public enum Origin { SHIPPED, CUSTOM }

    @FunctionalInterface
    public interface Contents {
        byte[] read() throws IOException;
    }
}

package app.rehearse.practice;

/** A session file that cannot be read, with a message saying which file and what is wrong. */
public final class DamagedSessionException extends Exception {
    public DamagedSessionException(String message) {
        super(message);
    }
}

package app.rehearse.json;

/** The text is not well-formed JSON (or breaks a size cap); carries where reading stopped. */
public final class JsonSyntaxException extends Exception {
    private final transient Location location;

    public JsonSyntaxException(String message, Location location) {
        super(message);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}

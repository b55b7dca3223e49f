package app.rehearse.history;

import java.util.Locale;
import java.util.Set;

/** File names that are safe on every platform, made from ids or titles that may come from strangers' packs. */
final class SafeFileName {
    private static final int MAX_LENGTH = 80;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private SafeFileName() {}

    /** Letters, digits, dot, dash and underscore only; no leading dot or dash; never empty or a device name. */
    static String of(String text) {
        String safe = text.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "").replaceAll("[.]+$", "");
        if (safe.length() > MAX_LENGTH) {
            safe = safe.substring(0, MAX_LENGTH);
        }
        if (safe.isEmpty() || RESERVED.contains(safe.toLowerCase(Locale.ROOT).replaceAll("\\..*", ""))) {
            safe = "session-" + safe;
        }
        return safe;
    }
}

package app.rehearse.bank;

import java.util.Optional;

/** A pack's own metadata. */
public record PackInfo(String id, String title, String version, Optional<String> author,
        Optional<String> license, Optional<String> description) {}

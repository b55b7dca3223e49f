package app.rehearse.storage;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The moment a file or folder was made, as its name carries it ({@code 20261204-191500}): sorts by time and reads
 * by eye. The formatter is made on first use, not when the app opens its folders.
 */
public final class FileStamps {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private FileStamps() {}

    public static String of(ZonedDateTime time) {
        return STAMP.format(time);
    }
}

package app.rehearse.estimate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The units an estimate understands. A month is 30 days and a year 365, as estimates round them; KB, MB,
 * GB, TB and PB are powers of 1,000, KiB to PiB powers of 1,024; bits are an eighth of a byte.
 */
final class Units {
    private static final Map<String, Quantity> KNOWN = new LinkedHashMap<>();

    static {
        time(1e-9, "ns");
        time(1e-6, "us", "\u00b5s");
        time(1e-3, "ms");
        time(1, "s", "sec", "secs", "second", "seconds");
        time(60, "min", "mins", "minute", "minutes");
        time(3_600, "h", "hr", "hrs", "hour", "hours");
        time(86_400, "d", "day", "days");
        time(7 * 86_400, "week", "weeks", "wk");
        time(30 * 86_400, "month", "months", "mo");
        time(365 * 86_400, "year", "years", "yr", "yrs");
        data(1, "B", "byte", "bytes");
        data(1.0 / 8, "bit", "bits");
        String[] prefixes = {"K", "M", "G", "T", "P"};
        for (int i = 0; i < prefixes.length; i++) {
            double decimal = Math.pow(1_000, i + 1);
            data(decimal, prefixes[i] + "B");
            data(Math.pow(1_024, i + 1), prefixes[i] + "iB");
            data(decimal / 8, prefixes[i] + "bit", prefixes[i] + "b");
            KNOWN.put(prefixes[i] + "bps", Quantity.unit(decimal / 8, Quantity.DATA).dividedBy(Quantity.unit(1, Quantity.TIME)));
        }
        KNOWN.put("bps", Quantity.unit(1.0 / 8, Quantity.DATA).dividedBy(Quantity.unit(1, Quantity.TIME)));
    }

    private Units() {}

    /** A known unit, or empty for a word that names counted things. */
    static Optional<Quantity> of(String word) {
        return Optional.ofNullable(KNOWN.get(word));
    }

    /** Multipliers written after a number: 3k, 2M, 1.5bn. */
    static Optional<Double> multiplier(String word) {
        switch (word) {
            case "k": case "K": case "thousand": return Optional.of(1e3);
            case "M": case "million": return Optional.of(1e6);
            case "bn": case "billion": return Optional.of(1e9);
            case "trillion": return Optional.of(1e12);
            default: return Optional.empty();
        }
    }

    private static void time(double seconds, String... names) {
        for (String name : names) {
            KNOWN.put(name, Quantity.unit(seconds, Quantity.TIME));
        }
    }

    private static void data(double bytes, String... names) {
        for (String name : names) {
            KNOWN.put(name, Quantity.unit(bytes, Quantity.DATA));
        }
    }
}

package app.rehearse.estimate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How an answer is written: four significant figures, readable units, counted things by name. */
final class Display {
    private static final String[] TIME_NAMES = {"ns", "\u00b5s", "ms", "s", "min", "h", "days", "years"};
    private static final double[] TIME_SECONDS = {1e-9, 1e-6, 1e-3, 1, 60, 3_600, 86_400, 365 * 86_400.0};
    private static final String[] DATA_NAMES = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};

    private Display() {}

    /** A word naming counted things, in the singular: "pages" and "page" are the same thing. */
    static String noun(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    /** The answer in the units the user asked for, written as they wrote them. */
    static String in(Quantity value, Quantity target, String written) {
        double shown = value.value() / target.value();
        String nouns = nounsNotIn(value, target);
        String units = written.startsWith("/") ? nouns + written : written + (nouns.isEmpty() ? "" : " " + nouns);
        return number(shown) + " " + units.strip();
    }

    /** The answer in the readiest units: the biggest that keeps the number at 1 or more. */
    static String readiest(Quantity value) {
        int time = value.power(Quantity.TIME);
        int data = value.power(Quantity.DATA);
        double shown = value.value();
        List<String> numerator = new ArrayList<>();
        List<String> denominator = new ArrayList<>();
        if (data == 1) {
            int step = 0;
            while (step < DATA_NAMES.length - 1 && Math.abs(shown) >= 1_000) {
                shown /= 1_000;
                step++;
            }
            numerator.add(DATA_NAMES[step]);
        } else if (data != 0) {
            (data > 0 ? numerator : denominator).add("B" + (Math.abs(data) == 1 ? "" : "^" + Math.abs(data)));
        }
        if (time == 1 && data == 0) {
            int step = 0;
            for (int i = 0; i < TIME_SECONDS.length; i++) {
                if (Math.abs(shown) >= TIME_SECONDS[i]) {
                    step = i;
                }
            }
            shown /= TIME_SECONDS[step];
            numerator.add(TIME_NAMES[step]);
        } else if (time != 0) {
            (time > 0 ? numerator : denominator).add("s" + (Math.abs(time) == 1 ? "" : "^" + Math.abs(time)));
        }
        value.nouns().forEach((noun, power) -> (power > 0 ? numerator : denominator)
                .add(plural(noun, power > 0) + (Math.abs(power) == 1 ? "" : "^" + Math.abs(power))));
        String units = String.join(" ", numerator) + (denominator.isEmpty() ? "" : "/" + String.join("/", denominator));
        return (number(shown) + " " + units).strip();
    }

    /** The units of a value in words, for messages: "pages/s", "B", "a plain number". */
    static String unitsOf(Quantity value) {
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        for (Map.Entry<String, Integer> e : value.dimensions().entrySet()) {
            String name = e.getKey().equals(Quantity.TIME) ? "time" : e.getKey().equals(Quantity.DATA) ? "data"
                    : plural(e.getKey(), e.getValue() > 0);
            String part = name + (Math.abs(e.getValue()) == 1 ? "" : "^" + Math.abs(e.getValue()));
            (e.getValue() > 0 ? up : down).add(part);
        }
        if (up.isEmpty() && down.isEmpty()) {
            return "a plain number";
        }
        return (up.isEmpty() ? "1" : String.join("\u00b7", up)) + (down.isEmpty() ? "" : " per " + String.join("\u00b7", down));
    }

    /** Whole numbers exactly, others to four significant figures; thousands grouped; extremes in powers of ten. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (magnitude >= 1e15 || magnitude < 1e-3) {
            return new DecimalFormat("0.###E0", symbols).format(value).replace("E", "e");
        }
        if (value == Math.rint(value)) {
            return new DecimalFormat("#,##0", symbols).format(value);
        }
        int digits = Math.max(0, 3 - (int) Math.floor(Math.log10(magnitude)));
        double rounded = new BigDecimal(value).round(new MathContext(4)).doubleValue();
        DecimalFormat format = new DecimalFormat("#,##0" + (digits > 0 ? "." + "#".repeat(digits) : ""), symbols);
        return format.format(rounded);
    }

    private static String nounsNotIn(Quantity value, Quantity target) {
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        Map<String, Integer> targetNouns = target.nouns();
        value.nouns().forEach((noun, power) -> {
            int left = power - targetNouns.getOrDefault(noun, 0);
            if (left != 0) {
                (left > 0 ? up : down).add(plural(noun, left > 0) + (Math.abs(left) == 1 ? "" : "^" + Math.abs(left)));
            }
        });
        return String.join(" ", up) + (down.isEmpty() ? "" : "/" + String.join("/", down));
    }

    private static String plural(String noun, boolean many) {
        return many && !noun.endsWith("s") ? noun + "s" : noun;
    }
}

package app.rehearse.estimate;

import java.util.Map;
import java.util.TreeMap;

/**
 * A number with its dimensions: powers of time (seconds) and data (bytes), and of counted things
 * ("pages", "users") which are carried through by name. Values are kept in seconds and bytes.
 */
record Quantity(double value, Map<String, Integer> dimensions) {
    static final String TIME = "s";
    static final String DATA = "B";

    Quantity {
        Map<String, Integer> kept = new TreeMap<>();
        dimensions.forEach((name, power) -> {
            if (power != 0) {
                kept.put(name, power);
            }
        });
        dimensions = Map.copyOf(kept);
    }

    static Quantity number(double value) {
        return new Quantity(value, Map.of());
    }

    static Quantity unit(double factor, String dimension) {
        return new Quantity(factor, Map.of(dimension, 1));
    }

    Quantity times(Quantity other) {
        return new Quantity(value * other.value, combine(other, 1));
    }

    Quantity dividedBy(Quantity other) {
        return new Quantity(value / other.value, combine(other, -1));
    }

    Quantity plus(Quantity other, int sign) {
        return new Quantity(value + sign * other.value, dimensions);
    }

    Quantity power(int exponent) {
        Map<String, Integer> raised = new TreeMap<>();
        dimensions.forEach((name, power) -> raised.put(name, power * exponent));
        return new Quantity(Math.pow(value, exponent), raised);
    }

    /** Time and data must agree; counted things may differ (they are carried, not converted). */
    boolean sameMeasure(Quantity other) {
        return power(TIME) == other.power(TIME) && power(DATA) == other.power(DATA);
    }

    int power(String dimension) {
        return dimensions.getOrDefault(dimension, 0);
    }

    /** The counted things alone: "pages", "users/page". */
    Map<String, Integer> nouns() {
        Map<String, Integer> nouns = new TreeMap<>(dimensions);
        nouns.remove(TIME);
        nouns.remove(DATA);
        return nouns;
    }

    private Map<String, Integer> combine(Quantity other, int sign) {
        Map<String, Integer> combined = new TreeMap<>(dimensions);
        other.dimensions.forEach((name, power) -> combined.merge(name, sign * power, Integer::sum));
        return combined;
    }
}

package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JavaFX reads the build's binary copy of a stylesheet in its place: the copy must say what the text says now. */
class BinaryStylesheetsTest {
    @ParameterizedTest
    @ValueSource(strings = {"/app/rehearse/ui/rehearse", "/app/rehearse/ui/whiteboard/whiteboard",
            "/app/rehearse/ui/bank/bank"})
    void theBinaryCopyHoldsTheRulesOfTheStylesheetAsItIsNow(String sheet) throws Exception {
        URL text = getClass().getResource(sheet + ".css");
        URL binary = getClass().getResource(sheet + ".bss");
        assertThat(binary).as("the build writes " + sheet + ".bss beside the stylesheet").isNotNull();

        List<String> parsed = rules(new CssParser().parse(text));
        List<String> loaded = rules(Stylesheet.loadBinary(binary));

        assertThat(parsed).isNotEmpty();
        assertThat(loaded).isEqualTo(parsed);
    }

    private static List<String> rules(Stylesheet stylesheet) {
        return stylesheet.getRules().stream().map(BinaryStylesheetsTest::rule).toList();
    }

    /** Selectors and declarations, read through the getters: a rule read from binary decodes them when asked. */
    private static String rule(Rule rule) {
        return rule.getSelectors() + " { " + rule.getDeclarations().stream()
                .map(declaration -> declaration.getProperty() + ": " + value(declaration.getParsedValue()))
                .collect(Collectors.joining("; ")) + " }";
    }

    /** A value with the values inside it spelled out (their own text names only the array). */
    private static String value(Object value) {
        if (value instanceof ParsedValue<?, ?> parsed) {
            return value(parsed.getValue()) + (parsed.getConverter() == null ? "" : " as " + parsed.getConverter())
                    + (parsed.isContainsLookups() ? " (looked up)" : "");
        }
        if (value instanceof Object[] values) {
            return Arrays.stream(values).map(BinaryStylesheetsTest::value).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }
}

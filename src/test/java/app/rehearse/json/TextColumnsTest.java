package app.rehearse.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextColumnsTest {
    private static TextColumns of(String text) {
        return new TextColumns(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAsciiLineKeepsItsColumns() {
        assertThat(of("{\"a\": 1}").inCharacters(new Location(1, 7))).isEqualTo(new Location(1, 7));
    }

    @Test
    void multiByteCharactersBeforeTheColumnCountOnceAndAnEmojiTwice() {
        // é = 2 bytes, — = 3 bytes, 😀 = 4 bytes (two UTF-16 units).
        String line = "\u00e9\u2014\uD83D\uDE00x";
        int byteColumn = line.substring(0, 4).getBytes(StandardCharsets.UTF_8).length + 1;

        assertThat(of(line).inCharacters(new Location(1, byteColumn))).isEqualTo(new Location(1, line.indexOf('x') + 1));
    }

    @Test
    void linesEndWithLfCrLfOrALoneCrAsTheParserCounts() {
        String text = "a\nb\r\nc\r\u00e9\u00e9x";
        int byteColumn = "\u00e9\u00e9".getBytes(StandardCharsets.UTF_8).length + 1;

        assertThat(of(text).inCharacters(new Location(4, byteColumn))).isEqualTo(new Location(4, 3));
        assertThat(of(text).inCharacters(new Location(2, 1))).isEqualTo(new Location(2, 1));
    }

    @Test
    void aLocationPastTheTextIsLeftAlone() {
        assertThat(of("ab").inCharacters(new Location(9, 4))).isEqualTo(new Location(9, 4));
        assertThat(of("\u00e9").inCharacters(new Location(1, 40))).isEqualTo(new Location(1, 2));
    }
}

package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JavaFX reads the build's binary copy of a stylesheet in its place: the copy must be made from the current text. */
class BinaryStylesheetsTest {
    @TempDir
    Path scratch;

    @ParameterizedTest
    @ValueSource(strings = {"/app/rehearse/ui/rehearse", "/app/rehearse/ui/whiteboard/whiteboard",
            "/app/rehearse/ui/bank/bank"})
    void theBinaryCopyIsMadeFromTheStylesheetAsItIsNow(String sheet) throws Exception {
        URL text = getClass().getResource(sheet + ".css");
        URL binary = getClass().getResource(sheet + ".bss");
        assertThat(binary).as("the build writes " + sheet + ".bss beside the stylesheet").isNotNull();

        File fresh = scratch.resolve("fresh.bss").toFile();
        Stylesheet.convertToBinary(new File(text.toURI()), fresh);

        assertThat(Files.readAllBytes(Path.of(binary.toURI()))).isEqualTo(Files.readAllBytes(fresh.toPath()));
        assertThat(Stylesheet.loadBinary(binary).getRules()).isNotEmpty();
    }
}

package app.rehearse.grading;

import static app.rehearse.grading.Fixtures.dimensions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rehearse.bank.ChecklistDimension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistPreferencesTest {
    @TempDir
    Path dir;

    @Test
    void visibleDimensionsKeepOrderLeaveOutHiddenOnesAndApplyTitles() {
        ChecklistPreferences prefs = ChecklistPreferences.none().hiding("b").withTitle("c", Optional.of("Sea"));

        List<ChecklistDimension> visible = prefs.visibleDimensions(dimensions("a", "b", "c"));

        assertThat(visible).extracting(ChecklistDimension::id).containsExactly("a", "c");
        assertThat(visible).extracting(ChecklistDimension::title).containsExactly("Title of a", "Sea");
        assertThat(visible.get(1).questions()).isEqualTo(Fixtures.dimension("c").questions());
    }

    @Test
    void hidingAnUnknownIdIsHarmless() {
        assertThat(ChecklistPreferences.none().hiding("gone").visibleDimensions(dimensions("a"))).hasSize(1);
    }

    @Test
    void aMissingFileMeansNoPreferences() throws Exception {
        assertThat(ChecklistPreferences.read(dir.resolve("checklist-settings.json"))).isEqualTo(ChecklistPreferences.none());
    }

    @Test
    void preferencesSurviveWritingAndReading() throws Exception {
        Path file = dir.resolve("checklist-settings.json");
        ChecklistPreferences prefs = new ChecklistPreferences(Set.of("z", "a"), Map.of("b", "Bee"));

        prefs.write(file);

        assertThat(ChecklistPreferences.read(file)).isEqualTo(prefs);
        assertThat(Files.readString(file)).contains("\"version\" : 1").contains("\"hidden\" : [ \"a\", \"z\" ]");
    }

    @Test
    void anOlderFileWithoutTitlesIsRead() throws Exception {
        Path file = dir.resolve("checklist-settings.json");
        Files.writeString(file, "{\"version\": 1, \"hidden\": [\"a\"]}");

        assertThat(ChecklistPreferences.read(file)).isEqualTo(new ChecklistPreferences(Set.of("a"), Map.of()));
    }

    @Test
    void damagedOrNewerFilesAreRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("checklist-settings.json");
        for (String text : List.of("{", "[]", "{\"hidden\": []}", "{\"version\": 1, \"hidden\": \"a\"}",
                "{\"version\": 1, \"hidden\": [1]}", "{\"version\": 1, \"titles\": {\"a\": \" \"}}")) {
            Files.writeString(file, text);
            assertThatThrownBy(() -> ChecklistPreferences.read(file)).as(text)
                    .isInstanceOfSatisfying(GradingFormatException.class, e -> assertThat(e.newerVersion()).isFalse());
        }
        Files.writeString(file, "{\"version\": 3}");
        assertThatThrownBy(() -> ChecklistPreferences.read(file))
                .isInstanceOfSatisfying(GradingFormatException.class, e -> assertThat(e.newerVersion()).isTrue())
                .hasMessageContaining("newer Rehearse (version 3)");
    }
}

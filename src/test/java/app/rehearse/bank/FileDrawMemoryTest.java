package app.rehearse.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.Backups;
import app.rehearse.storage.DataLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileDrawMemoryTest {
    private static final Executor NOW = Runnable::run;

    @TempDir
    Path home;

    private Path file() {
        return new DataLayout(home).drawHistory();
    }

    @Test
    void rememberedDrawsSurviveAReopen() {
        FileDrawMemory memory = open(file(), NOW);
        memory.remember("a");
        memory.remember("b");

        assertThat(open(file(), NOW).drawn()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void forgottenDrawsStayForgottenAfterAReopen() {
        FileDrawMemory memory = open(file(), NOW);
        memory.remember("a");
        memory.remember("b");
        memory.forget(List.of("a"));

        assertThat(open(file(), NOW).drawn()).containsExactly("b");
    }

    @Test
    void aRoundContinuesAcrossARestart() {
        List<Question> questions = IntStream.range(0, 6).mapToObj(i -> question("q-" + i)).toList();
        List<String> drawn = new ArrayList<>();
        PromptDrawer before = new PromptDrawer(open(file(), NOW), new Random(1));
        for (int i = 0; i < 3; i++) {
            drawn.add(before.draw(questions, DrawFilter.ANY).orElseThrow().id());
        }

        PromptDrawer after = new PromptDrawer(open(file(), NOW), new Random(2));
        for (int i = 0; i < 3; i++) {
            drawn.add(after.draw(questions, DrawFilter.ANY).orElseThrow().id());
        }

        assertThat(drawn).doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void writesHappenOnTheGivenExecutorOnly() {
        List<Runnable> pending = new ArrayList<>();
        FileDrawMemory memory = open(file(), pending::add);

        memory.remember("a");

        assertThat(file()).doesNotExist();
        assertThat(memory.drawn()).containsExactly("a");
        pending.forEach(Runnable::run);
        assertThat(open(file(), NOW).drawn()).containsExactly("a");
    }

    @Test
    void theFileIsVersionedJson() throws IOException {
        open(file(), NOW).remember("a");

        assertThat(Files.readString(file())).contains("\"version\" : 1").contains("\"a\"");
        assertThat(home).isDirectoryNotContaining(AtomicFiles::isLeftoverTemp);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "not json at all", "[1, 2, 3]", "\"text\"", "{\"version\": 1, \"drawn\": \"a\"}",
        "{\"version\": \"one\", \"drawn\": [{}]}", "\u0000\u00ff\u00fe"})
    void aDamagedFileIsTreatedAsEmptyWithoutThrowing(String damaged) throws IOException {
        Files.writeString(file(), damaged, StandardCharsets.ISO_8859_1);

        assertThatCode(() -> open(file(), NOW)).doesNotThrowAnyException();
        FileDrawMemory memory = open(file(), NOW);
        assertThat(memory.drawn()).allMatch(id -> !id.isBlank());
        memory.remember("fresh");
        assertThat(open(file(), NOW).drawn()).contains("fresh");
    }

    @Test
    void aFileThatIsADirectoryIsTreatedAsEmpty() throws IOException {
        Files.createDirectories(file());

        assertThat(open(file(), NOW).drawn()).isEmpty();
    }

    @Test
    void aFileFromANewerRehearseIsIgnoredAndNeverOverwritten() throws IOException {
        String newer = "{\"version\": 2, \"drawn\": [\"a\", \"b\"]}";
        Files.writeString(file(), newer);

        FileDrawMemory memory = open(file(), NOW);
        memory.remember("c");

        assertThat(memory.drawn()).containsExactly("c");
        assertThat(Files.readString(file())).isEqualTo(newer);
    }

    @Test
    void aDamagedFileIsBackedUpBeforeTheFirstSaveReplacesIt() throws IOException {
        Files.writeString(file(), "{ damaged");

        open(file(), NOW).remember("fresh");

        try (var kept = Files.list(home.resolve("backups"))) {
            Path copy = kept.findFirst().orElseThrow();
            assertThat(Files.readString(copy)).isEqualTo("{ damaged");
        }
        assertThat(open(file(), NOW).drawn()).containsExactly("fresh");
    }

    @Test
    void aMissingFileIsAFreshStart() {
        assertThat(open(home.resolve("nowhere/draw-history.json"), NOW).drawn()).isEmpty();
    }

    @Test
    void drawnIsASnapshot() {
        FileDrawMemory memory = open(file(), NOW);
        memory.remember("a");
        Set<String> before = memory.drawn();

        memory.remember("b");

        assertThat(before).containsExactly("a");
        assertThat(new HashSet<>(memory.drawn())).containsExactlyInAnyOrder("a", "b");
    }

    private FileDrawMemory open(Path file, Executor writer) {
        return FileDrawMemory.open(file, writer, new Backups(home.resolve("backups"), Clock.systemUTC()));
    }

    private static Question question(String id) {
        return new Question(id, QuestionType.SYSTEM_DESIGN, id, "Prompt", Level.SENIOR, List.of(), Optional.empty(),
                List.of(), List.of(), List.of(), List.of(), List.of(), OptionalInt.empty(), List.of());
    }
}

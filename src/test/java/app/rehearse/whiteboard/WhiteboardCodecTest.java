package app.rehearse.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhiteboardCodecTest {
    private final WhiteboardCodec codec = new WhiteboardCodec();

    /** One of every kind of shape, attached arrows, text with quotes and non-ASCII, and some undo in the log. */
    static SavedBoard sampleBoard() {
        FakeSession session = new FakeSession();
        Board board = session.board();
        session.millis = 1_250;
        Shape lb = session.add(Shape.stencil(board.newId(), Stencil.LOAD_BALANCER, new Point(0.1, 0.2)));
        Shape db = session.add(Shape.stencil(board.newId(), Stencil.DATABASE, new Point(400, 1e-7)));
        session.phase = "high-level-design";
        session.millis = 61_000;
        session.arrowBetween(lb, db);
        session.add(Shape.arrow(board.newId(), new Point(-5, -5), Optional.of(new Attachment(db.id(),
                new Anchor(0.125, 1))), new Point(-300.3333333333333, 12), Optional.empty(), Style.DEFAULT));
        session.rectangle(-1e6, 3.14159, 0, 0);
        session.ellipse(10, 10, 20, 30);
        session.add(Shape.text(board.newId(), new Rect(5, 5, 80, 20), "\"quoted\" — naïve\nnext line 🚀",
                new Style(Palette.RED, Palette.NONE, StrokeWidth.BOLD, StrokePattern.DASHED)));
        session.add(Shape.pen(board.newId(), List.of(new Point(1, 2), new Point(3.5, 4.25), new Point(0.1, 0.7)),
                Style.DEFAULT.withFill(Palette.TEAL)));
        session.millis = 90_000;
        session.whiteboard.execute(Commands.remove(List.of(db.id())));
        session.whiteboard.undo();
        session.whiteboard.execute(Commands.reorder(List.of(lb.id()), ZOrder.FRONT));
        return session.whiteboard.snapshot();
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBoardWithEveryKindOfShapeAndItsLogRoundTripsExactly() throws Exception {
        SavedBoard saved = sampleBoard();

        SavedBoard loaded = codec.decode(codec.encode(saved));

        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.shapes()).hasSize(8);
        assertThat(loaded.log()).hasSize(11);
    }

    @Test
    void theFileIsVersionedFirstWithOneShapeOrChangePerLine() {
        String json = new String(codec.encode(sampleBoard()), StandardCharsets.UTF_8);
        List<String> lines = json.lines().toList();

        assertThat(lines.get(0)).isEqualTo("{");
        assertThat(lines.get(1)).isEqualTo("  \"version\":1,");
        assertThat(lines.get(2)).isEqualTo("  \"shapes\":[");
        assertThat(lines.get(3)).startsWith("    {\"id\":").contains("\"kind\":\"stencil\"");
        assertThat(json).as("text stays readable UTF-8").contains("naïve\\nnext line 🚀");
        assertThat(json).contains("\"x\":10,\"y\":10,\"w\":20,\"h\":30").contains("\"x\":-1000000,\"y\":3.14159");
        assertThat(lines).hasSize(1 + 1 + 1 + 8 + 1 + 1 + 11 + 1 + 1);
        assertThat(codec.encode(SavedBoard.EMPTY)).asString(StandardCharsets.UTF_8)
                .isEqualTo("{\n  \"version\":1,\n  \"shapes\":[],\n  \"log\":[]\n}\n");
    }

    @Test
    void aFileFromANewerVersionIsRefusedWithAnExplanation() {
        assertThatThrownBy(() -> codec.decode(utf8("{\"version\": 2, \"shapes\": [], \"log\": []}")))
                .isInstanceOfSatisfying(WhiteboardFormatException.class, e -> {
                    assertThat(e.newerVersion()).hasValue(2);
                    assertThat(e.getMessage()).contains("newer version of Rehearse", "format version 2",
                            "reads up to 1", "Update Rehearse");
                });
    }

    @Test
    void aNewerFileIsReportedAsNewerEvenWhenItsShapesLookDamagedToUs() {
        String future = "{\"shapes\": [{\"id\": \"s1\", \"kind\": \"hologram\"}], \"layers\": [], \"version\": 7}";

        assertThatThrownBy(() -> codec.decode(utf8(future))).isInstanceOfSatisfying(WhiteboardFormatException.class,
                e -> assertThat(e.newerVersion()).hasValue(7));
    }

    private void assertRejected(String json, String... expected) {
        assertThatThrownBy(() -> codec.decode(utf8(json))).isInstanceOf(WhiteboardFormatException.class)
                .hasMessageContainingAll(expected);
    }

    @Test
    void damagedFilesAreRefusedNamingLineColumnAndPlace() {
        String shape = "{\"id\":\"s1\",\"kind\":\"rectangle\",\"z\":1,\"x\":0,\"y\":0,\"w\":10,\"h\":10}";
        assertRejected("", "empty");
        assertRejected("[1, 2]", "1:1: expected a whiteboard object");
        assertRejected("{\"version\":1,\"shapes\":[" + shape, "damaged file", "end-of-input");
        assertRejected("{\"version\":1,\"shapes\":[],\"log\":[]} trailing", "damaged file");
        assertRejected("{\"shapes\":[],\"log\":[]}", "missing \"version\"");
        assertRejected("{\"version\":1,\"log\":[]}", "missing \"shapes\"");
        assertRejected("{\"version\":0,\"shapes\":[],\"log\":[]}", "unknown format version 0");
        assertRejected("{\"version\":1,\n\"shapes\":[\n" + shape.replace("\"w\":10", "\"w\":-10") + "],\"log\":[]}",
                "3:", "a size cannot be negative", "(at /shapes/0/w)");
        assertRejected("{\"version\":1,\"shapes\":[" + shape.replace("\"x\":0", "\"x\":\"zero\"") + "],\"log\":[]}",
                "expected a number", "(at /shapes/0/x)");
        assertRejected("{\"version\":1,\"shapes\":[" + shape.replace("rectangle", "blob") + "],\"log\":[]}",
                "unknown shape kind \"blob\"", "(at /shapes/0/kind)");
        assertRejected("{\"version\":1,\"shapes\":[" + shape.replace("\"z\":1", "\"z\":1,\"colour\":\"red\"")
                + "],\"log\":[]}", "unknown field \"colour\"", "(at /shapes/0/colour)");
        assertRejected("{\"version\":1,\"shapes\":[" + shape.replace(",\"h\":10", "") + "],\"log\":[]}",
                "needs \"x\", \"y\", \"w\" and \"h\"", "(at /shapes/0)");
        assertRejected("{\"version\":1,\"version\":1,\"shapes\":[],\"log\":[]}", "field \"version\" appears twice");
        assertRejected("{\"version\":1,\"shapes\":[" + shape.replace("\"x\":0", "\"x\":0,\"x\":5") + "],\"log\":[]}",
                "field \"x\" appears twice", "(at /shapes/0/x)");
        assertRejected("{\"version\":1,\"shapes\":[{\"id\":\"s1\",\"kind\":\"arrow\",\"z\":1,\"points\":[0,0,5]}],"
                + "\"log\":[]}", "even count", "/shapes/0/points");
        assertRejected("{\"version\":1,\"shapes\":[{\"id\":\"s1\",\"kind\":\"arrow\",\"z\":1,\"points\":[0,0]}],"
                + "\"log\":[]}", "exactly two points", "(at /shapes/0)");
    }

    @Test
    void aProblemAfterAccentedTextIsReportedAtItsCharacterColumn() {
        String shape = "{\"id\":\"s1\",\"kind\":\"rectangle\",\"z\":1,\"label\":\"Caf\u00e9 \u2014 \uD83D\uDE80\","
                + "\"x\":\"zero\",\"y\":0,\"w\":10,\"h\":10}";
        String line = "\"shapes\":[" + shape + "],\"log\":[]}";
        String json = "{\"version\":1,\n" + line;

        assertThatThrownBy(() -> codec.decode(utf8(json))).isInstanceOf(WhiteboardFormatException.class)
                .satisfies(e -> {
                    WhiteboardFormatException w = (WhiteboardFormatException) e;
                    assertThat(w.line()).isEqualTo(2);
                    assertThat(w.column()).isEqualTo(line.indexOf("\"zero\"") + 1);
                });
    }

    @Test
    void shapesThatCannotFormABoardAreRefused() {
        String arrow = "{\"id\":\"a\",\"kind\":\"arrow\",\"z\":2,\"points\":[0,0,5,5],"
                + "\"start\":{\"shape\":\"ghost\",\"ax\":0.5,\"ay\":0.5}}";
        assertRejected("{\"version\":1,\"shapes\":[" + arrow + "],\"log\":[]}", "attached to missing shape ghost",
                "(at /shapes)");
        assertRejected("{\"version\":1,\"shapes\":[" + arrow.replace("0.5,\"ay\"", "1.5,\"ay\"") + "],\"log\":[]}",
                "anchor lies within its shape", "(at /shapes/0/start)");
        String twice = "{\"id\":\"s1\",\"kind\":\"rectangle\",\"z\":1,\"x\":0,\"y\":0,\"w\":1,\"h\":1}";
        assertRejected("{\"version\":1,\"shapes\":[" + twice + "," + twice.replace("\"z\":1", "\"z\":2")
                + "],\"log\":[]}", "appears twice");
    }

    @Test
    void aLogThatDoesNotLeadToTheSavedShapesIsRefused() throws Exception {
        String json = new String(codec.encode(sampleBoard()), StandardCharsets.UTF_8);

        String edited = json.replaceFirst("\"label\":\"Load balancer\"", "\"label\":\"Load balancers\"");
        assertRejected(edited, "the change log does not lead to the saved shapes", "(at /log)");

        int lastEntry = json.lastIndexOf("\n    {\"t\"");
        String truncatedLog = json.substring(0, lastEntry - 1) + "\n  ]\n}\n";
        assertRejected(truncatedLog, "does not lead to the saved shapes");

        String noFirstAdd = json.replaceFirst("\\{\"t\":1250,[^\\n]*\\n", "");
        assertRejected(noFirstAdd, "change 1 does not apply", "attached to missing shape s1", "(at /log/1)");

        String backwards = json.replaceFirst("\"t\":61000", "\"t\":1000");
        assertRejected(backwards, "stamped earlier than the change before it");
    }

    @Test
    void savingIsAtomicAndLoadingNamesTheFileInErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(WhiteboardCodec.FILE_NAME);
        SavedBoard saved = sampleBoard();

        codec.save(file, saved);
        codec.save(file, saved);

        assertThat(codec.load(file)).isEqualTo(saved);
        Whiteboard opened = codec.loadWhiteboard(file, () -> 100_000, () -> "wrap-up");
        assertThat(opened.snapshot()).isEqualTo(saved);
        assertThat(opened.canUndo()).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        Files.writeString(file, "{\"version\":1,\"shapes\":[");
        assertThatThrownBy(() -> codec.load(file)).isInstanceOf(WhiteboardFormatException.class)
                .hasMessageStartingWith(file + ":1:");
        assertThatThrownBy(() -> codec.loadWhiteboard(file, () -> 0, () -> ""))
                .isInstanceOf(WhiteboardFormatException.class).hasMessageStartingWith(file + ":1:");
    }
}

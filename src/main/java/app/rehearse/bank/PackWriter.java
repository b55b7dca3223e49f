package app.rehearse.bank;

import app.rehearse.json.Jackson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes a pack in the same form people write by hand: two-space indents, one field per line, a final newline. */
public final class PackWriter {
    private static final ObjectWriter PRETTY;

    static {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indent);
        printer.indentArraysWith(indent);
        PRETTY = Jackson.MAPPER.writer(printer);
    }

    private PackWriter() {}

    public static ObjectNode tree(QuestionPack pack) {
        ObjectNode root = Jackson.MAPPER.createObjectNode();
        root.put("schemaVersion", QuestionPack.SCHEMA_VERSION);
        PackInfo info = pack.info();
        ObjectNode meta = root.putObject("pack").put("id", info.id()).put("title", info.title()).put("version", info.version());
        info.author().ifPresent(a -> meta.put("author", a));
        info.license().ifPresent(l -> meta.put("license", l));
        info.description().ifPresent(d -> meta.put("description", d));
        ArrayNode questions = root.putArray("questions");
        pack.questions().forEach(q -> questions.add(QuestionJson.write(q)));
        return root;
    }

    public static byte[] bytes(QuestionPack pack) {
        try {
            return (PRETTY.writeValueAsString(tree(pack)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package app.rehearse.whiteboard;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.io.IOException;

/**
 * Lays whiteboard.json out with one shape or log entry per line: readable and diff-friendly
 * without the size and time cost of indenting every field.
 */
final class LinePerItemPrinter implements PrettyPrinter {
    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (isRoot(g.getOutputContext())) {
            g.writeRaw("\n  ");
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(':');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(isRoot(g.getOutputContext()) ? ",\n  " : ",");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        g.writeRaw(isRoot(g.getOutputContext()) ? "\n}\n" : "}");
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (isTopList(g.getOutputContext())) {
            g.writeRaw("\n    ");
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(isTopList(g.getOutputContext()) ? ",\n    " : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        g.writeRaw(isTopList(g.getOutputContext()) && values > 0 ? "\n  ]" : "]");
    }

    private static boolean isRoot(JsonStreamContext context) {
        return context.inObject() && context.getParent() != null && context.getParent().inRoot();
    }

    private static boolean isTopList(JsonStreamContext context) {
        return context.inArray() && context.getParent() != null && isRoot(context.getParent());
    }
}

package app.rehearse.whiteboard;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Streams a {@link SavedBoard} to whiteboard.json (see {@link WhiteboardCodec} for the format). */
final class WhiteboardWriter {
    private final JsonFactory factory;

    WhiteboardWriter(JsonFactory factory) {
        this.factory = factory;
    }

    byte[] write(SavedBoard board) {
        int logShapes = 0;
        for (LogEntry entry : board.log()) {
            logShapes += entry.delta().added().size() + entry.delta().removed().size() + 2 * entry.delta().updated().size();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 200 * (board.shapes().size() + logShapes));
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.setPrettyPrinter(new LinePerItemPrinter());
            g.writeStartObject();
            g.writeNumberField("version", WhiteboardCodec.VERSION);
            g.writeFieldName("shapes");
            writeShapes(g, board.shapes());
            g.writeArrayFieldStart("log");
            for (LogEntry entry : board.log()) {
                writeEntry(g, entry);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void writeEntry(JsonGenerator g, LogEntry entry) throws IOException {
        g.writeStartObject();
        g.writeNumberField("t", entry.elapsedMillis());
        g.writeStringField("phase", entry.phase());
        g.writeStringField("origin", entry.origin().id());
        g.writeStringField("action", entry.action());
        Delta delta = entry.delta();
        if (!delta.added().isEmpty()) {
            g.writeFieldName("added");
            writeShapes(g, delta.added());
        }
        if (!delta.removed().isEmpty()) {
            g.writeFieldName("removed");
            writeShapes(g, delta.removed());
        }
        if (!delta.updated().isEmpty()) {
            g.writeArrayFieldStart("updated");
            for (Delta.Update u : delta.updated()) {
                g.writeStartObject();
                g.writeFieldName("before");
                writeShape(g, u.before());
                g.writeFieldName("after");
                writeShape(g, u.after());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeShapes(JsonGenerator g, List<Shape> shapes) throws IOException {
        g.writeStartArray();
        for (Shape s : shapes) {
            writeShape(g, s);
        }
        g.writeEndArray();
    }

    private static void writeShape(JsonGenerator g, Shape s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id().value());
        g.writeStringField("kind", s.kind().id());
        if (s.stencil().isPresent()) {
            g.writeStringField("stencil", s.stencil().get().id());
        }
        g.writeNumberField("z", s.z());
        if (s.kind().isDefinedByPoints()) {
            g.writeArrayFieldStart("points");
            for (Point p : s.points()) {
                writeNumber(g, p.x());
                writeNumber(g, p.y());
            }
            g.writeEndArray();
        } else {
            Rect b = s.bounds();
            g.writeFieldName("x");
            writeNumber(g, b.x());
            g.writeFieldName("y");
            writeNumber(g, b.y());
            g.writeFieldName("w");
            writeNumber(g, b.width());
            g.writeFieldName("h");
            writeNumber(g, b.height());
        }
        if (!s.label().isEmpty()) {
            g.writeStringField("label", s.label());
        }
        Style style = s.style();
        g.writeStringField("stroke", style.stroke().id());
        g.writeStringField("fill", style.fill().id());
        g.writeStringField("width", style.width().id());
        g.writeStringField("pattern", style.pattern().id());
        writeAttachment(g, "start", s.startAttachment());
        writeAttachment(g, "end", s.endAttachment());
        g.writeEndObject();
    }

    /** Whole numbers (grid-snapped coordinates) are written without ".0"; reading gives back the same double. */
    private static void writeNumber(JsonGenerator g, double value) throws IOException {
        long whole = (long) value;
        if (whole == value && Math.abs(value) < 1e15 && (whole != 0 || Double.doubleToRawLongBits(value) == 0)) {
            g.writeNumber(whole);
        } else {
            g.writeNumber(value);
        }
    }

    private static void writeAttachment(JsonGenerator g, String name, Optional<Attachment> attachment)
            throws IOException {
        if (attachment.isPresent()) {
            Attachment a = attachment.get();
            g.writeObjectFieldStart(name);
            g.writeStringField("shape", a.shape().value());
            g.writeNumberField("ax", a.anchor().fx());
            g.writeNumberField("ay", a.anchor().fy());
            g.writeEndObject();
        }
    }
}

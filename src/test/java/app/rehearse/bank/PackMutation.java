package app.rehearse.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One change to a pack's bytes, described by small integers so a failing case prints (and shrinks)
 * readably. Byte-level kinds break the syntax; tree-level kinds keep it valid JSON and break the
 * meaning, and do nothing when the bytes no longer parse.
 */
record PackMutation(Kind kind, int where, int size, int what) {

    enum Kind { TRUNCATE, DELETE, INSERT_BYTES, REPLACE_BYTE, INSERT_TEXT, SWAP_VALUES, DROP_FIELD, DUPLICATE_FIELD,
        NEST, HUGE_STRING, RETYPE_VALUE, ODD_NUMBER }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] NASTY_BYTES = {'{', '}', '[', ']', '"', ':', ',', '\\', '\n', '\r', '\t', ' ', '0', '9', '-',
        '+', '.', 'e', 'E', 't', 'n', 'f', '/', '*', 0, 0x1F, (byte) 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC3,
        (byte) 0xE2, (byte) 0xF0, (byte) 0xFE, (byte) 0xFF};
    private static final String[] NASTY_TEXT = {"\u00e9", "\uD83D\uDE00", "\u2028", "\u2003", "\\u0000", "\\uD800",
        "\\", "\"", "\",\"x\":\"", "}}}}", "]]]", "{\"a\":", "1e2147483648", "-0.0e-0", "/* c */", "// c\n", "\uFEFF",
        "null", "NaN", "Infinity", "'single'", "\"\"\""};
    private static final String[] ODD_NUMBERS = {"1e2147483648", "-1e-2147483649", "1E400", "99999999999999999999",
        "0.5", "-0", "1" + "0".repeat(99), "1" + "0".repeat(101), "1e-400", "0e999999999", "-"};
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(": (-?[0-9]+)");
    private static final int[] HUGE_LENGTHS = {81, 201, 2_001, 5_001, 20_001, 100_001, 300_000};

    byte[] apply(byte[] bytes) {
        int length = bytes.length;
        int at = length == 0 ? 0 : Math.floorMod(where, length + 1);
        switch (kind) {
            case TRUNCATE:
                return java.util.Arrays.copyOf(bytes, at);
            case DELETE:
                return splice(bytes, at, Math.min(length - at, 1 + Math.floorMod(size, 64)), new byte[0]);
            case INSERT_BYTES: {
                byte[] inserted = new byte[1 + Math.floorMod(size, 8)];
                for (int i = 0; i < inserted.length; i++) {
                    inserted[i] = NASTY_BYTES[Math.floorMod(what + 7 * i, NASTY_BYTES.length)];
                }
                return splice(bytes, at, 0, inserted);
            }
            case REPLACE_BYTE:
                return at == length ? bytes : splice(bytes, at, 1, new byte[] {NASTY_BYTES[Math.floorMod(what, NASTY_BYTES.length)]});
            case INSERT_TEXT:
                return splice(bytes, at, 0, NASTY_TEXT[Math.floorMod(what, NASTY_TEXT.length)].getBytes(StandardCharsets.UTF_8));
            case DUPLICATE_FIELD:
                return duplicateLine(bytes);
            case ODD_NUMBER:
                return replaceNumber(bytes);
            default:
                return onTree(bytes);
        }
    }

    /** Repeats a line that holds one "key": value member, so the object gets the key twice. */
    private byte[] duplicateLine(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("\\s*\"[^\"]+\": .*,\\s*")) {
                members.add(i);
            }
        }
        if (members.isEmpty()) {
            return bytes;
        }
        int line = members.get(Math.floorMod(where, members.size()));
        StringBuilder out = new StringBuilder(text.length() + lines[line].length() + 1);
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]);
            if (i == line) {
                out.append('\n').append(lines[i]);
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes a number literal no tree can hold (out of range, too long) over a number in the text. */
    private byte[] replaceNumber(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = NUMBER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
        }
        if (spans.isEmpty()) {
            return bytes;
        }
        int[] span = spans.get(Math.floorMod(where, spans.size()));
        return (text.substring(0, span[0]) + ODD_NUMBERS[Math.floorMod(what, ODD_NUMBERS.length)] + text.substring(span[1]))
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] onTree(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            return bytes;
        }
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return bytes;
        }
        Slot slot = slots.get(Math.floorMod(where, slots.size()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (kind) {
            case SWAP_VALUES: {
                Slot other = slots.get(Math.floorMod(what, slots.size()));
                JsonNode a = slot.get().deepCopy();
                JsonNode b = other.get().deepCopy();
                slot.set(b);
                other.set(a);
                break;
            }
            case DROP_FIELD:
                slot.remove();
                break;
            case NEST: {
                int depth = 1 + Math.floorMod(size, 100);
                JsonNode nested = slot.get().deepCopy();
                for (int i = 0; i < depth; i++) {
                    nested = Math.floorMod(what + i, 2) == 0 ? nodes.arrayNode().add(nested)
                            : nodes.objectNode().set("n", nested);
                }
                slot.set(nested);
                break;
            }
            case HUGE_STRING:
                slot.set(TextNode.valueOf("x".repeat(HUGE_LENGTHS[Math.floorMod(size, HUGE_LENGTHS.length)])));
                break;
            case RETYPE_VALUE: {
                JsonNode[] replacements = {nodes.nullNode(), nodes.booleanNode(true), nodes.textNode(""),
                    nodes.textNode("   "), nodes.numberNode(-1), nodes.numberNode(0), nodes.numberNode(241),
                    nodes.numberNode(new BigDecimal("1e400")), nodes.numberNode(2.5), nodes.arrayNode(), nodes.objectNode(),
                    nodes.textNode("Not-Kebab Case"), nodes.numberNode(Long.MAX_VALUE)};
                slot.set(replacements[Math.floorMod(what, replacements.length)]);
                break;
            }
            default:
                throw new IllegalStateException(kind.toString());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    /** A place holding a value: a member of an object or an item of an array. */
    private interface Slot {
        JsonNode get();

        void set(JsonNode value);

        void remove();
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                String name = it.next().getKey();
                out.add(new Slot() {
                    @Override
                    public JsonNode get() {
                        return object.get(name);
                    }

                    @Override
                    public void set(JsonNode value) {
                        object.set(name, value);
                    }

                    @Override
                    public void remove() {
                        object.remove(name);
                    }
                });
                collect(object.get(name), out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                out.add(new Slot() {
                    @Override
                    public JsonNode get() {
                        return array.get(index);
                    }

                    @Override
                    public void set(JsonNode value) {
                        array.set(index, value);
                    }

                    @Override
                    public void remove() {
                        array.remove(index);
                    }
                });
                collect(array.get(i), out);
            }
        }
    }
}

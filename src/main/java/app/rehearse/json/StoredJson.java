package app.rehearse.json;

/**
 * A file Rehearse wrote itself (settings, a session record, the draw history), parsed with places.
 * Every such file is read the same way: its {@code version} checked by {@link #version}, its fields
 * read with {@link ObjectReader} (with {@link ObjectReader.Fields#open open} fields), and every
 * problem reported as {@code file:line:col: message (at /pointer)} by {@link #check}.
 */
public final class StoredJson {
    private final JsonValue root;
    private final ProblemCollector problems;
    private final byte[] utf8;

    private StoredJson(JsonValue root, ProblemCollector problems, byte[] utf8) {
        this.root = root;
        this.problems = problems;
        this.utf8 = utf8;
    }

    public static StoredJson parse(byte[] utf8, String source) throws UnreadableJsonException {
        ProblemCollector problems = new ProblemCollector(source);
        problems.readFrom(utf8);
        try {
            return new StoredJson(new LocatedJsonParser().parse(utf8), problems, utf8);
        } catch (JsonSyntaxException e) {
            problems.add(e.location(), "", e.getMessage());
            throw new UnreadableJsonException(problems.problems(), false);
        }
    }

    public JsonValue root() {
        return root;
    }

    /** Where this file's problems go; {@link #check} throws once there is one. */
    public ProblemCollector problems() {
        return problems;
    }

    /** An empty collector for this file, for a part of it that another reader reads later (a session's grades). */
    public ProblemCollector newProblems() {
        ProblemCollector fresh = new ProblemCollector(problems.source());
        fresh.readFrom(utf8);
        return fresh;
    }

    /**
     * The object's {@code version}, a whole number from 1 to {@code newest}. A larger one means a
     * newer Rehearse wrote it: that is not damage, and the exception says so.
     */
    public static int version(ObjectReader object, int newest) throws UnreadableJsonException {
        ProblemCollector problems = object.problems();
        Integer version = object.integer("version", true);
        if (version != null && version > newest) {
            int before = problems.size();
            object.problem("version", "written by a newer Rehearse (version " + version + "); this version reads up to "
                    + newest);
            throw new UnreadableJsonException(problems.problems().subList(before, before + 1), true);
        }
        if (version != null && version < 1) {
            object.problem("version", "\"version\" must be 1 or more (found " + version + ")");
        }
        if (version == null || version < 1) {
            throw new UnreadableJsonException(problems.problems(), false);
        }
        return version;
    }

    /** Throws when reading found any problem. */
    public static void check(ProblemCollector problems) throws UnreadableJsonException {
        if (!problems.isEmpty()) {
            throw new UnreadableJsonException(problems.problems(), false);
        }
    }
}

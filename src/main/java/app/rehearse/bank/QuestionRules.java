package app.rehearse.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a well-formed question obeys, in one place: the pack loader applies them to
 * every question it reads and the question editor applies them while the user types,
 * so both say the same thing in the same words. Shape errors (a missing field, a string
 * where a list belongs) are the reader's job; these are the rules on values.
 */
public final class QuestionRules {
    public static final int MAX_ID = 80;
    public static final int MAX_TITLE = 200;
    public static final int MAX_PROMPT = 20_000;
    public static final int MAX_TEXT = 2_000;
    public static final int MAX_TAG = 40;
    public static final int MAX_TAGS = 20;
    public static final int MAX_ITEMS = 50;
    public static final int MAX_PHASES = 20;
    public static final int MAX_PHASE_NAME = 80;
    public static final int MAX_MINUTES = 240;
    public static final int MAX_WEIGHT = 5;
    public static final int MAX_DIAGRAM_FOLDERS = 2;

    private QuestionRules() {}

    /** Every rule the question breaks; empty when it is valid. */
    public static List<Violation> check(Question q) {
        List<Violation> out = new ArrayList<>();
        checkId(out, "/id", q.id(), MAX_ID);
        checkText(out, "/title", "title", q.title(), MAX_TITLE);
        checkText(out, "/prompt", "prompt", q.prompt(), MAX_PROMPT);
        checkIdList(out, "/tags", "tags", q.tags(), MAX_TAGS, MAX_TAG);
        checkIdList(out, "/tradeOffs", "tradeOffs", q.tradeOffs(), MAX_TAGS, MAX_ID);

        if (q.type() == QuestionType.BEHAVIORAL) {
            q.competency().ifPresent(c -> checkId(out, "/competency", c, MAX_TAG));
        } else {
            if (q.competency().isPresent()) {
                out.add(new Violation("/competency", "\"competency\" is only for behavioral questions"));
            }
            if (!q.signals().isEmpty()) {
                out.add(new Violation("/signals", "\"signals\" is only for behavioral questions"));
            }
        }
        checkTexts(out, "/signals", "signals", q.signals(), MAX_TAGS);
        checkTexts(out, "/hints", "hints", q.hints(), MAX_ITEMS);
        q.rescueHint().ifPresent(h -> checkText(out, "/rescueHint", "rescueHint", h, MAX_TEXT));
        checkCount(out, "/followUps", "followUps", q.followUps().size(), MAX_ITEMS);
        // Pointers are only spelt out for a problem: building them for every item was a tenth of loading a bank.
        for (int i = 0; i < q.followUps().size(); i++) {
            String text = q.followUps().get(i).text();
            if (!fits(text, MAX_TEXT)) {
                checkText(out, "/followUps/" + i + "/text", "text", text, MAX_TEXT);
            }
        }
        checkCount(out, "/rubric", "rubric", q.rubric().size(), MAX_ITEMS);
        for (int i = 0; i < q.rubric().size(); i++) {
            RubricCriterion c = q.rubric().get(i);
            boolean valid = fits(c.criterion(), MAX_TITLE) && fits(c.strong(), MAX_TEXT) && fits(c.weak(), MAX_TEXT)
                    && c.solid().map(t -> fits(t, MAX_TEXT)).orElse(true) && c.staff().map(t -> fits(t, MAX_TEXT)).orElse(true)
                    && c.weight() >= 1 && c.weight() <= MAX_WEIGHT;
            if (valid) {
                continue;
            }
            String at = "/rubric/" + i;
            checkText(out, at + "/criterion", "criterion", c.criterion(), MAX_TITLE);
            checkText(out, at + "/strong", "strong", c.strong(), MAX_TEXT);
            checkText(out, at + "/weak", "weak", c.weak(), MAX_TEXT);
            c.solid().ifPresent(t -> checkText(out, at + "/solid", "solid", t, MAX_TEXT));
            c.staff().ifPresent(t -> checkText(out, at + "/staff", "staff", t, MAX_TEXT));
            if (c.weight() < 1 || c.weight() > MAX_WEIGHT) {
                out.add(new Violation(at + "/weight", "\"weight\" must be from 1 to " + MAX_WEIGHT + " (found " + c.weight() + ")"));
            }
        }
        q.timeboxMinutes().ifPresent(m -> checkMinutes(out, "/timeboxMinutes", "timeboxMinutes", m));
        checkPhases(out, q);
        q.reference().ifPresent(r -> checkReference(out, r));
        return out;
    }

    private static void checkReference(List<Violation> out, Reference r) {
        checkText(out, "/reference/outline", "outline", r.outline(), MAX_PROMPT);
        r.diagram().ifPresent(d -> {
            if (!isDiagramPath(d)) {
                out.add(new Violation("/reference/diagram", "\"diagram\" must name a .json file beside the pack, such"
                        + " as \"diagrams/" + suggestId(d.replaceAll("\\.json$", "").replaceAll(".*/", "")) + ".json\""
                        + " (letters, digits, '.', '_' and '-', at most " + MAX_DIAGRAM_FOLDERS + " folders down, no \"..\")"));
            }
        });
        checkTexts(out, "/reference/levels/senior", "senior", r.seniorSignals(), MAX_TAGS);
        checkTexts(out, "/reference/levels/staff", "staff", r.staffSignals(), MAX_TAGS);
        checkTexts(out, "/reference/pitfalls", "pitfalls", r.pitfalls(), MAX_TAGS);
    }

    /**
     * A diagram named by a pack is a relative path inside the pack's folder: a stranger's pack must
     * not make Rehearse read anything else on the disk.
     */
    public static boolean isDiagramPath(String path) {
        if (!path.endsWith(".json") || path.length() > MAX_TITLE) {
            return false;
        }
        String[] parts = path.split("/", -1);
        if (parts.length > MAX_DIAGRAM_FOLDERS + 1) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || !part.matches("[A-Za-z0-9._-]+")) {
                return false;
            }
        }
        return true;
    }

    private static void checkPhases(List<Violation> out, Question q) {
        checkCount(out, "/phases", "phases", q.phases().size(), MAX_PHASES);
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int i = 0; i < q.phases().size(); i++) {
            PhaseSpec p = q.phases().get(i);
            String at = "/phases/" + i;
            checkId(out, at + "/id", p.id(), MAX_ID);
            if (!seen.add(p.id())) {
                out.add(new Violation(at + "/id", "phase id \"" + p.id() + "\" is used twice in this question"));
            }
            checkText(out, at + "/name", "name", p.name(), MAX_PHASE_NAME);
            checkMinutes(out, at + "/minutes", "minutes", p.minutes());
            total += p.minutes();
        }
        if (!q.phases().isEmpty() && q.timeboxMinutes().isPresent() && q.timeboxMinutes().getAsInt() != total) {
            out.add(new Violation("/timeboxMinutes", "\"timeboxMinutes\" is " + q.timeboxMinutes().getAsInt()
                    + " but the phases add up to " + total + " minutes; make them agree or leave one out"));
        }
    }

    static void checkId(List<Violation> out, String at, String id, int max) {
        if (isId(id, max)) {
            return;
        }
        if (id.isEmpty()) {
            out.add(new Violation(at, "\"" + at.substring(at.lastIndexOf('/') + 1) + "\" must not be empty"));
        } else if (id.codePointCount(0, id.length()) > max) {
            out.add(new Violation(at, "\"" + abbreviate(id) + "\" is longer than " + max + " characters"));
        } else {
            out.add(new Violation(at, "\"" + abbreviate(id) + "\" must be kebab-case: lower-case letters and digits"
                    + " joined by single hyphens, e.g. \"" + suggestId(id) + "\""));
        }
    }

    /**
     * Whether {@code id} is kebab-case: lower-case letters and digits joined by single hyphens
     * ({@code [a-z0-9]+(-[a-z0-9]+)*}). Written out rather than as a regex: it runs for every id and
     * tag of every question loaded.
     */
    public static boolean isKebabCase(String id) {
        boolean afterHyphen = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    private static void checkIdList(List<Violation> out, String at, String name, List<String> ids, int maxCount, int maxLength) {
        checkCount(out, at, name, ids.size(), maxCount);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!isId(ids.get(i), maxLength)) {
                checkId(out, at + "/" + i, ids.get(i), maxLength);
            }
            if (!seen.add(ids.get(i))) {
                out.add(new Violation(at + "/" + i, "\"" + ids.get(i) + "\" appears twice in \"" + name + "\""));
            }
        }
    }

    private static void checkTexts(List<Violation> out, String at, String name, List<String> texts, int maxCount) {
        checkCount(out, at, name, texts.size(), maxCount);
        for (int i = 0; i < texts.size(); i++) {
            if (!fits(texts.get(i), MAX_TEXT)) {
                checkText(out, at + "/" + i, name + " item", texts.get(i), MAX_TEXT);
            }
        }
    }

    /** The rule {@link #checkText} reports on: not blank, at most {@code max} characters. */
    private static boolean fits(String text, int max) {
        return !text.isBlank() && (text.length() <= max || text.codePointCount(0, text.length()) <= max);
    }

    /** The rule {@link #checkId} reports on: not empty, at most {@code max} characters, kebab-case. */
    private static boolean isId(String id, int max) {
        return !id.isEmpty() && id.codePointCount(0, id.length()) <= max && isKebabCase(id);
    }

    /** Lengths count characters as a person (and JSON Schema's maxLength) does: an emoji is one, not two. */
    static void checkText(List<Violation> out, String at, String name, String text, int max) {
        if (fits(text, max)) {
            return;
        }
        if (text.isBlank()) {
            out.add(new Violation(at, "\"" + name + "\" must not be empty"));
        } else {
            out.add(new Violation(at, "\"" + name + "\" is " + text.codePointCount(0, text.length())
                    + " characters; the limit is " + max));
        }
    }

    private static void checkCount(List<Violation> out, String at, String name, int count, int max) {
        if (count > max) {
            out.add(new Violation(at, "\"" + name + "\" has " + count + " items; the limit is " + max));
        }
    }

    private static void checkMinutes(List<Violation> out, String at, String name, int minutes) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            out.add(new Violation(at, "\"" + name + "\" must be from 1 to " + MAX_MINUTES + " minutes (found " + minutes + ")"));
        }
    }

    /** A kebab-case id derived from free text, e.g. a title: "Design a URL Shortener!" gives "design-a-url-shortener". */
    public static String suggestId(String text) {
        String slug = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_ID) {
            slug = slug.substring(0, MAX_ID).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "question" : slug;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}

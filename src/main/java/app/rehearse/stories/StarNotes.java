package app.rehearse.stories;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes of a behavioral session as a STAR scaffold: one Markdown heading per part
 * ({@code ## Situation} … {@code ## Reflection}) with the user's text under each. The notes stay plain
 * Markdown, so grading, review and export read them like any other notes.
 */
public final class StarNotes {
    public enum Section {
        SITUATION("Situation"), TASK("Task"), ACTION("Action"), RESULT("Result"), REFLECTION("Reflection");

        private final String heading;

        Section(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    private static final Pattern HEADING = Pattern.compile("(?m)^## (Situation|Task|Action|Result|Reflection)[ \\t]*$");

    private StarNotes() {}

    /** An empty scaffold: every heading, with a blank line to write in under each. */
    public static String scaffold() {
        StringBuilder text = new StringBuilder();
        for (Section section : Section.values()) {
            text.append("## ").append(section.heading()).append("\n\n\n");
        }
        return text.toString().stripTrailing() + "\n";
    }

    /** Whether {@code notes} still carry every heading of the scaffold, in order. */
    public static boolean isScaffold(String notes) {
        return headings(notes).size() == Section.values().length;
    }

    /** The text under each heading, trimmed; empty when the notes are not a scaffold. */
    public static Map<Section, String> sections(String notes) {
        List<Heading> found = headings(notes);
        Map<Section, String> sections = new EnumMap<>(Section.class);
        if (found.size() != Section.values().length) {
            return sections;
        }
        for (int i = 0; i < found.size(); i++) {
            int end = i + 1 < found.size() ? found.get(i + 1).start() : notes.length();
            sections.put(found.get(i).section(), notes.substring(found.get(i).bodyStart(), end).strip());
        }
        return sections;
    }

    /** The parts still empty, in order; none when the notes are not a scaffold. */
    public static List<Section> emptySections(String notes) {
        return sections(notes).entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** Where typing under {@code section} begins: just below its heading; empty when the notes are not a scaffold. */
    public static Optional<Integer> caretAt(String notes, Section section) {
        List<Heading> found = headings(notes);
        if (found.size() != Section.values().length) {
            return Optional.empty();
        }
        int body = found.get(section.ordinal()).bodyStart();
        return Optional.of(Math.min(notes.length(), body + (notes.startsWith("\n", body) ? 1 : 0)));
    }

    /**
     * The scaffold filled from {@code story}. A part is filled only when it is empty or still holds what
     * {@code previous} (the story picked before) put there, so nothing the user wrote is ever replaced.
     * Notes that are no longer a scaffold are returned as they are.
     */
    public static String fill(String notes, Optional<Story> previous, Story story) {
        Map<Section, String> current = sections(notes);
        if (current.isEmpty()) {
            return notes;
        }
        StringBuilder text = new StringBuilder();
        for (Section section : Section.values()) {
            String mine = current.get(section);
            boolean replaceable = mine.isEmpty() || previous.map(p -> textOf(p, section).equals(mine)).orElse(false);
            String body = replaceable ? textOf(story, section) : mine;
            text.append("## ").append(section.heading()).append("\n\n").append(body).append(body.isEmpty() ? "\n" : "\n\n");
        }
        return text.toString().stripTrailing() + "\n";
    }

    /** What a story says for one part of the scaffold; the result carries its metrics as a list. */
    static String textOf(Story story, Section section) {
        switch (section) {
            case SITUATION: return story.situation().strip();
            case TASK: return story.task().strip();
            case ACTION: return story.action().strip();
            case RESULT:
                String metrics = String.join("\n", story.metrics().stream().map(m -> "- " + m).toList());
                return (story.result().strip() + (metrics.isEmpty() ? "" : "\n\n" + metrics)).strip();
            default: return story.learned().strip();
        }
    }

    private record Heading(Section section, int start, int bodyStart) {
    }

    /** The scaffold's headings in order; a heading out of order or repeated makes the list fall short. */
    private static List<Heading> headings(String notes) {
        List<Heading> found = new ArrayList<>();
        Matcher m = HEADING.matcher(notes);
        while (m.find() && found.size() < Section.values().length) {
            Section expected = Section.values()[found.size()];
            if (!m.group(1).equals(expected.heading())) {
                return List.of();
            }
            found.add(new Heading(expected, m.start(), m.end() < notes.length() ? m.end() + 1 : m.end()));
        }
        return found;
    }
}

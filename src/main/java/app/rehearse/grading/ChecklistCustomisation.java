package app.rehearse.grading;

import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.QuestionBank;
import app.rehearse.bank.QuestionRules;
import app.rehearse.bank.SkippedFile;
import app.rehearse.storage.DataLayout;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The user's changes to the checklist: add a dimension, rename or hide any dimension, show it
 * again. Added dimensions and their renames go to {@link CustomChecklist} (custom.json, loaded
 * by the bank loader like any checklist); hiding, and renaming a dimension the user does not
 * own, go to {@link ChecklistPreferences}. A file that could not be read is reported by
 * {@link #problems()} and never overwritten. Every change is written atomically before this
 * object reflects it. Methods do file I/O: call them off the UI thread.
 */
public final class ChecklistCustomisation {
    /** Prefix of ids of added dimensions, so a dimension shipped later can never take (and void) one. */
    public static final String CUSTOM_ID_PREFIX = "my-";

    private final Path customFile;
    private final Path preferencesFile;
    private final List<ChecklistDimension> others;
    private final List<String> problems = new ArrayList<>();
    private final boolean customWritable;
    private final boolean preferencesWritable;
    private CustomChecklist custom;
    private ChecklistPreferences preferences;

    private ChecklistCustomisation(DataLayout layout, QuestionBank bank) {
        customFile = CustomChecklist.file(layout);
        preferencesFile = ChecklistPreferences.file(layout);
        CustomChecklist readCustom;
        boolean canWriteCustom = true;
        try {
            readCustom = CustomChecklist.read(customFile);
        } catch (ChecklistEditException e) {
            problems.addAll(e.messages());
            readCustom = CustomChecklist.empty();
            canWriteCustom = false;
        } catch (IOException e) {
            problems.add(unreadable(customFile, e));
            readCustom = CustomChecklist.empty();
            canWriteCustom = false;
        }
        Optional<SkippedFile> skipped = bank.skipped().stream().filter(s -> sameFile(s.source(), customFile)).findFirst();
        if (canWriteCustom && skipped.isPresent()) {
            problems.add(customFile + " was not loaded, so Rehearse will not change it; fix or move it away first:");
            skipped.get().problems().forEach(p -> problems.add(p.format()));
            readCustom = CustomChecklist.empty();
            canWriteCustom = false;
        }
        CustomChecklist loaded = readCustom;
        others = bank.dimensions().stream().filter(d -> !loaded.contains(d.id())).toList();
        custom = readCustom;
        customWritable = canWriteCustom;
        ChecklistPreferences readPreferences;
        boolean canWritePreferences = true;
        try {
            readPreferences = ChecklistPreferences.read(preferencesFile);
        } catch (GradingFormatException e) {
            problems.add(e.getMessage());
            readPreferences = ChecklistPreferences.none();
            canWritePreferences = false;
        } catch (IOException e) {
            problems.add(unreadable(preferencesFile, e));
            readPreferences = ChecklistPreferences.none();
            canWritePreferences = false;
        }
        preferences = readPreferences;
        preferencesWritable = canWritePreferences;
    }

    /**
     * Reads the user's checklist files next to the loaded bank (which may or may not include
     * custom.json; if the loader skipped it, it is reported and left alone). A file that cannot be
     * read at all (a folder, a link loop, a read error) is reported in {@link #problems()} and left
     * alone too: grading then uses the shipped dimensions.
     */
    public static ChecklistCustomisation open(DataLayout layout, QuestionBank bank) {
        return new ChecklistCustomisation(layout, bank);
    }

    private static String unreadable(Path file, IOException e) {
        return file + " could not be read (" + e.getMessage() + "), so Rehearse uses the shipped dimensions and will"
                + " not change it";
    }

    private static boolean sameFile(String source, Path file) {
        try {
            return Path.of(source).toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Files that could not be used, each problem a line; empty when all is well. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** Every dimension, the user's own last, with titles applied and hidden ones marked. */
    public synchronized List<DimensionSetting> settings() {
        List<DimensionSetting> out = new ArrayList<>();
        others.forEach(d -> out.add(new DimensionSetting(preferences.applyTitle(d), false, preferences.isHidden(d.id()))));
        custom.dimensions().forEach(d -> out.add(new DimensionSetting(preferences.applyTitle(d), true,
                preferences.isHidden(d.id()))));
        return List.copyOf(out);
    }

    /** Every dimension, hidden ones included, without the user's title overrides. */
    public synchronized List<ChecklistDimension> allDimensions() {
        List<ChecklistDimension> all = new ArrayList<>(others);
        all.addAll(custom.dimensions());
        return List.copyOf(all);
    }

    /** What to grade with: pass this to {@link GradingPlan#forQuestion}. */
    public synchronized List<ChecklistDimension> visibleDimensions() {
        return preferences.visibleDimensions(allDimensions());
    }

    public synchronized ChecklistPreferences preferences() {
        return preferences;
    }

    /** Adds a dimension to custom.json and returns it with its new id ("my-..."). */
    public synchronized ChecklistDimension add(NewDimension draft) throws IOException, ChecklistEditException {
        if (!customWritable) {
            throw new ChecklistEditException(problems);
        }
        ChecklistDimension added = draft.toDimension(freshId(draft.title()));
        CustomChecklist changed = custom.withAdded(added);
        changed.write(customFile, otherIds());
        custom = changed;
        return added;
    }

    /** Gives a dimension a new title; giving a shipped one its original title back removes the override. */
    public synchronized void rename(String dimensionId, String title) throws IOException, ChecklistEditException {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw new ChecklistEditException("a title must not be empty");
        }
        if (clean.length() > QuestionRules.MAX_TITLE) {
            throw new ChecklistEditException("a title may be at most " + QuestionRules.MAX_TITLE + " characters");
        }
        if (custom.contains(dimensionId)) {
            if (!customWritable) {
                throw new ChecklistEditException(problems);
            }
            CustomChecklist changed = custom.withTitle(dimensionId, clean);
            changed.write(customFile, otherIds());
            custom = changed;
            if (preferences.title(dimensionId).isPresent() && preferencesWritable) {
                savePreferences(preferences.withTitle(dimensionId, Optional.empty()));
            }
            return;
        }
        ChecklistDimension original = others.stream().filter(d -> d.id().equals(dimensionId)).findFirst()
                .orElseThrow(() -> new ChecklistEditException("there is no dimension \"" + dimensionId + "\""));
        savePreferences(preferences.withTitle(dimensionId,
                clean.equals(original.title()) ? Optional.empty() : Optional.of(clean)));
    }

    public synchronized void hide(String dimensionId) throws IOException, ChecklistEditException {
        savePreferences(preferences.hiding(dimensionId));
    }

    public synchronized void show(String dimensionId) throws IOException, ChecklistEditException {
        savePreferences(preferences.showing(dimensionId));
    }

    private void savePreferences(ChecklistPreferences changed) throws IOException, ChecklistEditException {
        if (!preferencesWritable) {
            throw new ChecklistEditException(problems);
        }
        if (!changed.equals(preferences)) {
            changed.write(preferencesFile);
            preferences = changed;
        }
    }

    private Set<String> otherIds() {
        return others.stream().map(ChecklistDimension::id).collect(Collectors.toSet());
    }

    private String freshId(String title) {
        Set<String> taken = new HashSet<>(otherIds());
        custom.dimensions().forEach(d -> taken.add(d.id()));
        String slug = QuestionRules.suggestId(title);
        // suggestId falls back to "question" when nothing in the title is a Latin letter or digit
        boolean meaningful = !slug.equals("question") || title.toLowerCase(Locale.ROOT).contains("question");
        String base = CUSTOM_ID_PREFIX + (meaningful ? slug : "dimension");
        base = trim(base, QuestionRules.MAX_ID - 4);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String trim(String id, int max) {
        return id.length() <= max ? id : id.substring(0, max).replaceAll("-+$", "");
    }
}

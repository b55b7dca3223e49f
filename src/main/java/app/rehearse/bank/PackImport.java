package app.rehearse.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deciding what an imported pack becomes, without touching a disk. The file is first checked on its
 * own with the loader's rules (ids the bank already has are clashes to resolve, not errors); then the
 * plan says which pack receives the questions and what happens to each clashing id.
 * A pack whose id is one of the user's packs is merged into it; one whose id belongs to a shipped
 * pack gets a new id, since shipped packs are read-only.
 */
public final class PackImport {
    private PackImport() {}

    public static ImportPreview preview(BankFile file, QuestionBank bank) {
        PackCheck check = new BankLoader().check(file, TakenIds.dimensionsOf(bank));
        if (!check.isValid()) {
            return new ImportPreview(Optional.empty(), check.problems(), List.of());
        }
        QuestionPack pack = check.pack().orElseThrow();
        List<Clash> clashes = new ArrayList<>();
        for (Question q : pack.questions()) {
            bank.question(q.id()).ifPresent(existing -> {
                LoadedPack owner = bank.packOf(q.id()).orElseThrow();
                clashes.add(new Clash(q.id(), q.title(), existing.title(), owner.pack().info().title(),
                        owner.origin() == BankFile.Origin.SHIPPED));
            });
        }
        return new ImportPreview(Optional.of(pack), List.of(), clashes);
    }

    /** What to write: the receiving pack, the user's packs that give up replaced questions, and what happened to each id. */
    record Plan(QuestionPack pack, Optional<LoadedPack> mergeInto, Map<LoadedPack, QuestionPack> shrunk,
            List<String> imported, List<String> skipped, Map<String, String> renamed, List<String> replaced,
            Optional<String> packRenamedFrom) {}

    static Plan plan(QuestionPack incoming, QuestionBank bank, ClashResolution resolution) {
        String packId = incoming.info().id();
        PackInfo info = incoming.info();
        Optional<LoadedPack> samePack = bank.packs().stream().filter(p -> p.pack().info().id().equals(packId)).findFirst();
        Optional<LoadedPack> mergeInto = samePack.filter(p -> p.origin() == BankFile.Origin.CUSTOM);
        Optional<String> packRenamedFrom = Optional.empty();
        if (samePack.isPresent() && mergeInto.isEmpty()) {
            Set<String> packIds = new HashSet<>();
            bank.packs().forEach(p -> packIds.add(p.pack().info().id()));
            packRenamedFrom = Optional.of(info.id());
            info = withId(info, freeId(info.id(), packIds));
        } else if (mergeInto.isPresent() && resolution != ClashResolution.REPLACE) {
            info = mergeInto.get().pack().info();
        }

        Set<String> used = new HashSet<>();
        bank.questions().forEach(q -> used.add(q.id()));
        incoming.questions().forEach(q -> used.add(q.id()));
        List<Question> result = new ArrayList<>(mergeInto.map(p -> p.pack().questions()).orElse(List.of()));
        Map<LoadedPack, List<Question>> shrinking = new LinkedHashMap<>();
        List<String> imported = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, String> renamed = new LinkedHashMap<>();
        List<String> replaced = new ArrayList<>();
        for (Question q : incoming.questions()) {
            Optional<LoadedPack> owner = bank.packOf(q.id());
            if (owner.isEmpty()) {
                result.add(q);
                imported.add(q.id());
            } else if (resolution == ClashResolution.SKIP) {
                skipped.add(q.id());
            } else if (resolution == ClashResolution.RENAME || owner.get().origin() == BankFile.Origin.SHIPPED) {
                String id = freeId(q.id(), used);
                used.add(id);
                result.add(withId(q, id));
                renamed.put(q.id(), id);
            } else if (mergeInto.isPresent() && owner.get() == mergeInto.get()) {
                result.set(indexOf(result, q.id()), q);
                replaced.add(q.id());
            } else {
                shrinking.computeIfAbsent(owner.get(), p -> new ArrayList<>(p.pack().questions()))
                        .removeIf(other -> other.id().equals(q.id()));
                result.add(q);
                replaced.add(q.id());
            }
        }
        Map<LoadedPack, QuestionPack> shrunk = new LinkedHashMap<>();
        shrinking.forEach((pack, questions) -> shrunk.put(pack, new QuestionPack(pack.pack().info(), questions)));
        return new Plan(new QuestionPack(info, result), mergeInto, shrunk, imported, skipped, renamed, replaced,
                packRenamedFrom);
    }

    /** {@code base} itself when free, else {@code base-2}, {@code base-3}, ... kept within the id length limit. */
    public static String freeId(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String stem = base.length() + suffix.length() > QuestionRules.MAX_ID
                    ? base.substring(0, QuestionRules.MAX_ID - suffix.length()).replaceAll("-+$", "") : base;
            String candidate = stem + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    public static Question withId(Question q, String id) {
        return new Question(id, q.type(), q.title(), q.prompt(), q.level(), q.tags(), q.competency(), q.signals(),
                q.hints(), q.followUps(), q.rubric(), q.tradeOffs(), q.timeboxMinutes(), q.phases());
    }

    static PackInfo withId(PackInfo info, String id) {
        return new PackInfo(id, info.title(), info.version(), info.author(), info.license(), info.description());
    }

    private static int indexOf(List<Question> questions, String id) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no question " + id);
    }
}

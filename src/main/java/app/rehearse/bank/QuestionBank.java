package app.rehearse.bank;

import app.rehearse.whiteboard.SavedBoard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything that loaded: questions in pack order, the packs, checklist dimensions, and the files that were skipped. */
public final class QuestionBank {
    private final List<LoadedPack> packs;
    private final List<Question> questions;
    private final Map<String, Question> byId;
    private final Map<String, LoadedPack> packByQuestion;
    private final List<ChecklistDimension> dimensions;
    private final List<SkippedFile> skipped;

    public QuestionBank(List<LoadedPack> packs, List<ChecklistDimension> dimensions, List<SkippedFile> skipped) {
        this.packs = List.copyOf(packs);
        this.dimensions = List.copyOf(dimensions);
        this.skipped = List.copyOf(skipped);
        Map<String, Question> ids = new HashMap<>();
        Map<String, LoadedPack> owners = new HashMap<>();
        List<Question> all = new ArrayList<>();
        for (LoadedPack pack : packs) {
            for (Question q : pack.pack().questions()) {
                if (ids.putIfAbsent(q.id(), q) != null) {
                    throw new IllegalArgumentException("duplicate question id " + q.id());
                }
                owners.put(q.id(), pack);
                all.add(q);
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.packByQuestion = Collections.unmodifiableMap(owners);
        this.questions = List.copyOf(all);
    }

    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<LoadedPack> packOf(String questionId) {
        return Optional.ofNullable(packByQuestion.get(questionId));
    }

    /** The reference diagram of a question, read and checked when its pack loaded. */
    public Optional<SavedBoard> referenceDiagram(String questionId) {
        return packOf(questionId).map(p -> p.diagrams().get(questionId));
    }

    public List<LoadedPack> packs() {
        return packs;
    }

    public List<ChecklistDimension> dimensions() {
        return dimensions;
    }

    public Optional<ChecklistDimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public List<SkippedFile> skipped() {
        return skipped;
    }
}

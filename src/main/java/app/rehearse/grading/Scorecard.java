package app.rehearse.grading;

import app.rehearse.bank.Level;
import app.rehearse.bank.QuestionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One self-grade of one session, complete enough to compute its score on its own
 * ({@link ScoreFormula#score}). Start from {@link GradingPlan#blankScorecard}; every
 * {@code with...} method returns a changed copy.
 *
 * @param checklist one entry per checklist row, in row order, each dimension once
 * @param rubric one entry per rubric criterion, by criterion index
 * @param star STAR elements the story had; behavioral questions only
 * @param withinTarget whether the story fitted its target length; empty until answered; behavioral only
 * @param notes free-form reflection, may be empty
 * @param overtimeSeconds how long the session ran past its time box
 * @param signalsShown the reference answer's senior and staff signals the user says their answer showed;
 *        kept with the grade, not part of the score
 * @param level the bar the answer was graded against (what 2 and 3 points mean); empty for a grade saved before
 *        grading had levels, which was graded against the question's own level
 * @param rescueUsed whether the rescue hint, which names the technique, was revealed; it costs more than a hint
 */
public record Scorecard(
        QuestionType questionType,
        List<ChecklistScore> checklist,
        List<RubricScore> rubric,
        Set<StarElement> star,
        Optional<Boolean> withinTarget,
        String notes,
        int hintsUsed,
        int hintsAvailable,
        long overtimeSeconds,
        Instant gradedAt,
        Set<String> signalsShown,
        Optional<Level> level,
        boolean rescueUsed) {

    /** A card with no reference signals ticked. */
    public Scorecard(QuestionType questionType, List<ChecklistScore> checklist, List<RubricScore> rubric,
            Set<StarElement> star, Optional<Boolean> withinTarget, String notes, int hintsUsed, int hintsAvailable,
            long overtimeSeconds, Instant gradedAt) {
        this(questionType, checklist, rubric, star, withinTarget, notes, hintsUsed, hintsAvailable, overtimeSeconds,
                gradedAt, Set.of());
    }

    /** A card graded against the question's own level, without the rescue hint. */
    public Scorecard(QuestionType questionType, List<ChecklistScore> checklist, List<RubricScore> rubric,
            Set<StarElement> star, Optional<Boolean> withinTarget, String notes, int hintsUsed, int hintsAvailable,
            long overtimeSeconds, Instant gradedAt, Set<String> signalsShown) {
        this(questionType, checklist, rubric, star, withinTarget, notes, hintsUsed, hintsAvailable, overtimeSeconds,
                gradedAt, signalsShown, Optional.empty(), false);
    }

    public Scorecard {
        Objects.requireNonNull(questionType, "questionType");
        Objects.requireNonNull(withinTarget, "withinTarget");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(gradedAt, "gradedAt");
        Objects.requireNonNull(level, "level");
        checklist = List.copyOf(checklist);
        rubric = List.copyOf(rubric);
        star = star.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(star));
        signalsShown = Collections.unmodifiableSet(new LinkedHashSet<>(signalsShown));
        Set<String> ids = new HashSet<>();
        for (ChecklistScore row : checklist) {
            if (!ids.add(row.dimensionId())) {
                throw new IllegalArgumentException("dimension \"" + row.dimensionId() + "\" is scored twice");
            }
        }
        if (questionType != QuestionType.BEHAVIORAL && (!star.isEmpty() || withinTarget.isPresent())) {
            throw new IllegalArgumentException("STAR and timing checks are for behavioral questions only");
        }
        if (hintsUsed < 0 || hintsAvailable < 0 || overtimeSeconds < 0) {
            throw new IllegalArgumentException("hints and overtime cannot be negative");
        }
    }

    /** True for behavioral questions, which get the STAR and timing checks. */
    public boolean behavioral() {
        return questionType == QuestionType.BEHAVIORAL;
    }

    /** Whether the user has scored, ticked or answered anything at all; a card without is "not graded". */
    public boolean hasAnyScore() {
        return checklist.stream().anyMatch(ChecklistScore::scored) || rubric.stream().anyMatch(RubricScore::scored)
                || !star.isEmpty() || withinTarget.isPresent();
    }

    /** What is left to score that counts as 0 until scored: rubric criteria and rows the question stresses. */
    public String unscoredSummary() {
        long criteria = rubric.stream().filter(r -> !r.scored()).count();
        long rows = checklist.stream().filter(r -> r.stressed() && !r.scored()).count();
        if (criteria == 0 && rows == 0) {
            return "";
        }
        String what = (criteria > 0 ? criteria + (criteria == 1 ? " rubric criterion" : " rubric criteria") : "")
                + (criteria > 0 && rows > 0 ? " and " : "")
                + (rows > 0 ? rows + (rows == 1 ? " stressed trade-off" : " stressed trade-offs") : "");
        return what + " not scored yet: each counts as 0 in the score.";
    }

    public Optional<ChecklistScore> checklistScore(String dimensionId) {
        return checklist.stream().filter(r -> r.dimensionId().equals(dimensionId)).findFirst();
    }

    public Scorecard withChecklistLevel(String dimensionId, Optional<ChecklistLevel> level) {
        return withRow(dimensionId, row -> row.withLevel(level));
    }

    public Scorecard withChecklistNote(String dimensionId, String note) {
        return withRow(dimensionId, row -> row.withNote(note));
    }

    public Scorecard withRubricLevel(int criterionIndex, Optional<RubricLevel> level) {
        if (criterionIndex < 0 || criterionIndex >= rubric.size()) {
            throw new IndexOutOfBoundsException("no rubric criterion " + criterionIndex + " (this card has " + rubric.size() + ")");
        }
        List<RubricScore> changed = new ArrayList<>(rubric);
        changed.set(criterionIndex, rubric.get(criterionIndex).withLevel(level));
        return new Scorecard(questionType, checklist, changed, star, withinTarget, notes, hintsUsed, hintsAvailable,
                overtimeSeconds, gradedAt, signalsShown, this.level, rescueUsed);
    }

    public Scorecard withStar(StarElement element, boolean present) {
        Set<StarElement> changed = EnumSet.noneOf(StarElement.class);
        changed.addAll(star);
        if (present) {
            changed.add(element);
        } else {
            changed.remove(element);
        }
        return new Scorecard(questionType, checklist, rubric, changed, withinTarget, notes, hintsUsed, hintsAvailable,
                overtimeSeconds, gradedAt, signalsShown, level, rescueUsed);
    }

    public Scorecard withWithinTarget(Optional<Boolean> answer) {
        return new Scorecard(questionType, checklist, rubric, star, answer, notes, hintsUsed, hintsAvailable,
                overtimeSeconds, gradedAt, signalsShown, level, rescueUsed);
    }

    public Scorecard withNotes(String text) {
        return new Scorecard(questionType, checklist, rubric, star, withinTarget, text, hintsUsed, hintsAvailable,
                overtimeSeconds, gradedAt, signalsShown, level, rescueUsed);
    }

    /** Marks one of the reference answer's signals as shown (or not) by this answer. */
    public Scorecard withSignalShown(String signal, boolean shown) {
        Set<String> changed = new LinkedHashSet<>(signalsShown);
        if (shown) {
            changed.add(signal);
        } else {
            changed.remove(signal);
        }
        return new Scorecard(questionType, checklist, rubric, star, withinTarget, notes, hintsUsed, hintsAvailable,
                overtimeSeconds, gradedAt, changed, level, rescueUsed);
    }

    /** The same card graded against another level's bar. */
    public Scorecard withLevel(Level bar) {
        return new Scorecard(questionType, checklist, rubric, star, withinTarget, notes, hintsUsed, hintsAvailable,
                overtimeSeconds, gradedAt, signalsShown, Optional.of(bar), rescueUsed);
    }

    /** The same card, with the rescue hint counted as used or not. */
    public Scorecard withRescueUsed(boolean used) {
        return new Scorecard(questionType, checklist, rubric, star, withinTarget, notes, hintsUsed, hintsAvailable,
                overtimeSeconds, gradedAt, signalsShown, level, used);
    }

    /** A copy stamped with a new time; re-grading starts from the current card and restamps it. */
    public Scorecard withGradedAt(Instant time) {
        return new Scorecard(questionType, checklist, rubric, star, withinTarget, notes, hintsUsed, hintsAvailable,
                overtimeSeconds, time, signalsShown, level, rescueUsed);
    }

    private Scorecard withRow(String dimensionId, UnaryOperator<ChecklistScore> change) {
        List<ChecklistScore> changed = new ArrayList<>(checklist.size());
        boolean found = false;
        for (ChecklistScore row : checklist) {
            if (row.dimensionId().equals(dimensionId)) {
                changed.add(change.apply(row));
                found = true;
            } else {
                changed.add(row);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("this card has no checklist row \"" + dimensionId + "\"");
        }
        return new Scorecard(questionType, changed, rubric, star, withinTarget, notes, hintsUsed, hintsAvailable,
                overtimeSeconds, gradedAt, signalsShown, level, rescueUsed);
    }
}

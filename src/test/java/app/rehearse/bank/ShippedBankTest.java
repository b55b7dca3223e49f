package app.rehearse.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.cli.RehearseCommand;
import app.rehearse.grading.GradingPlan;
import app.rehearse.practice.PlanSettings;
import app.rehearse.whiteboard.SavedBoard;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quality bar of the bank that ships with the app: enough questions, each one complete and distinct. */
class ShippedBankTest {
    private static final double NEAR_DUPLICATE = 0.5;
    private static QuestionBank bank;

    @BeforeAll
    static void load() {
        bank = new BankLoader().load(BankSources.shipped());
    }

    @Test
    void everyShippedFileLoads() {
        assertThat(bank.skipped()).isEmpty();
    }

    @Test
    void thereAreEnoughQuestionsOfEachType() {
        Map<QuestionType, Long> counts = bank.questions().stream()
                .collect(Collectors.groupingBy(Question::type, Collectors.counting()));

        assertThat(counts.getOrDefault(QuestionType.SYSTEM_DESIGN, 0L)).isGreaterThanOrEqualTo(58);
        assertThat(counts.getOrDefault(QuestionType.BEHAVIORAL, 0L)).isGreaterThanOrEqualTo(48);
        assertThat(counts.getOrDefault(QuestionType.TRADE_OFF, 0L)).isGreaterThanOrEqualTo(18);
        Map<Level, Long> levels = bank.questions().stream()
                .collect(Collectors.groupingBy(Question::level, Collectors.counting()));
        assertThat(levels.getOrDefault(Level.MID, 0L)).as("the bar below a senior's").isGreaterThanOrEqualTo(4);
        assertThat(levels.getOrDefault(Level.PRINCIPAL, 0L)).as("the bar above a staff engineer's").isGreaterThanOrEqualTo(4);
        assertThat(levels.getOrDefault(Level.STAFF, 0L) + levels.getOrDefault(Level.PRINCIPAL, 0L))
                .as("a staff candidate's practice").isGreaterThanOrEqualTo(25);
    }

    @Test
    void everyQuestionIsCompleteEnoughToPractise() {
        Set<String> dimensions = bank.dimensions().stream().map(ChecklistDimension::id).collect(Collectors.toSet());
        List<String> gaps = new ArrayList<>();
        for (Question q : bank.questions()) {
            Consumer<String> gap = what -> gaps.add(q.id() + ": " + what);
            if (q.hints().size() < 2) {
                gap.accept("fewer than 2 hints");
            }
            if (q.followUps().size() < 3) {
                gap.accept("fewer than 3 follow-ups");
            }
            if (q.followUps().stream().noneMatch(f -> f.kind() == FollowUp.Kind.CURVEBALL)) {
                gap.accept("no curveball follow-up");
            }
            if (q.rubric().size() < 4) {
                gap.accept("fewer than 4 rubric criteria");
            }
            if (q.rubric().stream().anyMatch(c -> c.strong().isBlank() || c.weak().isBlank())) {
                gap.accept("a rubric criterion without both a strong and a weak answer");
            }
            if (q.tradeOffs().isEmpty()) {
                gap.accept("no trade-off dimension");
            }
            q.tradeOffs().stream().filter(t -> !dimensions.contains(t)).forEach(t -> gap.accept("unknown dimension " + t));
            if (q.timeboxMinutes().isEmpty()) {
                gap.accept("no timeboxMinutes");
            }
            if (q.type() == QuestionType.BEHAVIORAL && (q.competency().isEmpty() || q.signals().isEmpty())) {
                gap.accept("behavioral without a competency and signals");
            }
            if (q.prompt().length() < 250) {
                gap.accept("prompt of only " + q.prompt().length() + " characters");
            }
        }
        assertThat(gaps).isEmpty();
    }

    @Test
    void everyRubricIsCalibratedByLevelWithARescueHintForSomeoneTrulyStuck() {
        List<String> gaps = new ArrayList<>();
        int staffBars = 0;
        int criteria = 0;
        for (Question q : bank.questions()) {
            Consumer<String> gap = what -> gaps.add(q.id() + ": " + what);
            for (RubricCriterion c : q.rubric()) {
                criteria++;
                staffBars += c.staff().isPresent() ? 1 : 0;
                if (c.solid().filter(s -> s.split("\\s+").length >= 8).isEmpty()) {
                    gap.accept("\"" + c.criterion() + "\" has no solid descriptor of at least 8 words");
                }
                if (c.weak().split("\\s+").length <= 4) {
                    gap.accept("\"" + c.criterion() + "\" has a boilerplate weak descriptor: " + c.weak());
                }
                if (c.solid().map(s -> s.equals(c.strong()) || s.equals(c.weak())).orElse(false)) {
                    gap.accept("\"" + c.criterion() + "\" repeats strong or weak as solid");
                }
            }
            if (q.rescueHint().filter(h -> !q.hints().contains(h)).isEmpty()) {
                gap.accept("no rescue hint of its own");
            }
        }
        assertThat(gaps).isEmpty();
        assertThat(staffBars).as("most criteria say what a staff answer adds").isGreaterThan(criteria * 9 / 10);
    }

    @Test
    void storiesAreGradedOnTheStoryDimensionsAndBehavioralQuestionsMapToPeopleLeadershipOnes() {
        Set<String> dimensions = bank.dimensions().stream().map(ChecklistDimension::id).collect(Collectors.toSet());
        assertThat(dimensions).containsAll(GradingPlan.STORY_DIMENSIONS)
                .contains("delegate-vs-do-it-yourself", "consensus-vs-decisiveness");
        Set<String> people = Set.of("delegate-vs-do-it-yourself", "consensus-vs-decisiveness", "delivery-vs-growing-people",
                "escalate-vs-resolve-locally");
        long mapped = bank.questions().stream().filter(q -> q.type() == QuestionType.BEHAVIORAL)
                .filter(q -> q.tradeOffs().stream().anyMatch(people::contains)).count();
        assertThat(mapped).as("behavioral questions stressing a people-leadership dimension").isGreaterThanOrEqualTo(25);
        assertThat(bank.questions()).flatExtracting(Question::tradeOffs).as("story dimensions come with every story")
                .doesNotContainAnyElementsOf(GradingPlan.STORY_DIMENSIONS);
    }

    @Test
    void theNumbersSheetAndTheGlossaryReadAndEveryConceptIsExercisedByAQuestion() throws Exception {
        NumbersSheet numbers = ReferenceSheets.shippedNumbers();
        Glossary glossary = ReferenceSheets.shippedGlossary();

        assertThat(numbers.sections()).extracting(NumbersSheet.Section::id)
                .contains("latency", "throughput", "powers-of-two", "time", "availability", "costs");
        assertThat(numbers.sections()).allSatisfy(s -> assertThat(s.rows()).isNotEmpty());
        assertThat(glossary.concepts()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(glossary.concepts()).filteredOn(c -> bank.questions().stream().noneMatch(c::exercisedBy))
                .extracting(Glossary.Concept::id).as("concepts no question exercises").isEmpty();
    }

    @Test
    void everyTagFiltersMoreThanOneQuestionExceptTheFewJustifiedInTheList() throws Exception {
        Map<String, Long> uses = bank.questions().stream().flatMap(q -> q.tags().stream())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        Set<String> justified = Files.readAllLines(Path.of("src/test/resources/bank/single-use-tags.txt")).stream()
                .filter(line -> !line.isBlank()).map(line -> line.split(":", 2)[0].strip()).collect(Collectors.toSet());

        assertThat(uses.entrySet()).filteredOn(e -> e.getValue() < 2 && !justified.contains(e.getKey()))
                .extracting(Map.Entry::getKey).as("tags on one question only").isEmpty();
        assertThat(justified).as("every justified single-use tag still exists").allMatch(uses::containsKey);
        assertThat(bank.questions()).allSatisfy(q -> assertThat(q.tags()).hasSizeBetween(2, 5));
    }

    @Test
    void theBankSpellsTheBritishWay() throws Exception {
        Set<String> american = Files.readAllLines(Path.of("src/test/resources/bank/american-spellings.txt")).stream()
                .map(String::strip).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        for (Question q : bank.questions()) {
            List<String> texts = new ArrayList<>(List.of(q.title(), q.prompt()));
            texts.addAll(q.hints());
            q.rescueHint().ifPresent(texts::add);
            texts.addAll(q.signals());
            q.followUps().forEach(f -> texts.add(f.text()));
            q.rubric().forEach(c -> {
                texts.addAll(List.of(c.criterion(), c.strong(), c.weak()));
                c.solid().ifPresent(texts::add);
                c.staff().ifPresent(texts::add);
            });
            q.reference().ifPresent(r -> {
                texts.add(r.outline());
                texts.addAll(r.seniorSignals());
                texts.addAll(r.staffSignals());
                texts.addAll(r.pitfalls());
            });
            for (String text : texts) {
                // Code spans hold identifiers, which keep their own spelling.
                for (String word : text.replaceAll("`[^`]*`", " ").split("[^A-Za-z]+")) {
                    if (american.contains(word.toLowerCase(Locale.ROOT))) {
                        found.add(q.id() + ": " + word);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyDrillGradesAgainstCriteriaOfItsOwn() {
        Map<String, List<String>> drillsByCriterion = bank.questions().stream()
                .filter(q -> q.type() == QuestionType.TRADE_OFF)
                .flatMap(q -> q.rubric().stream().map(c -> Map.entry(c.criterion(), q.id())))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));

        assertThat(drillsByCriterion.entrySet()).filteredOn(e -> e.getValue().size() > 1).isEmpty();
    }

    @Test
    void aSpokenStoryTakesTwoToThreeMinutesAtEveryLevelAndStaffSlotsAreLongerForFollowUps() {
        List<String> gaps = new ArrayList<>();
        for (Question q : bank.questions()) {
            if (q.type() != QuestionType.BEHAVIORAL) {
                continue;
            }
            if (!q.prompt().contains("in 2-3 minutes") && !q.prompt().contains("to 2-3 minutes")) {
                gaps.add(q.id() + ": the prompt does not ask for a 2-3 minute story");
            }
            int answerMinutes = PlanSettings.standard().planFor(q).phases().stream()
                    .filter(p -> p.id().equals(GradingPlan.ANSWER_PHASE)).mapToInt(PhaseSpec::minutes).sum();
            if (answerMinutes != 3) {
                gaps.add(q.id() + ": the answer phase is " + answerMinutes + " minutes, not 3");
            }
            int expected = q.level() == Level.STAFF || q.level() == Level.PRINCIPAL ? 20 : 15;
            if (q.timeboxMinutes().orElse(0) != expected) {
                gaps.add(q.id() + ": a " + q.level().id() + " story gets " + expected + " minutes, not "
                        + q.timeboxMinutes().orElse(0));
            }
        }
        assertThat(gaps).isEmpty();
    }

    @Test
    void everyBehavioralQuestionTeachesWithAnAnnotatedStarStoryAndItsFollowUps() {
        List<String> sections = List.of("## Situation", "## Task", "## Action", "## Result", "## Reflection",
                "## Answering the follow-ups");
        assertThat(referenceGaps(QuestionType.BEHAVIORAL, (q, reference, gap) -> {
            String outline = reference.outline();
            int at = -1;
            for (String section : sections) {
                int next = outline.indexOf(section);
                if (next <= at) {
                    gap.accept("no \"" + section + "\" section after the one before it");
                }
                at = Math.max(at, next);
            }
            if (countOf(outline, "*Why it works:*") < 4) {
                gap.accept("fewer than 4 notes on why a part works");
            }
            String action = between(outline, "## Action", "## Result");
            if (action.lines().filter(line -> line.startsWith("- I ")).count() < 3) {
                gap.accept("an Action with fewer than 3 first-person steps");
            }
            if (!between(outline, "## Result", "## Reflection").matches("(?s).*\\d.*")) {
                gap.accept("a Result with no number");
            }
            long answered = between(outline, "## Answering the follow-ups", "\u0000").lines()
                    .filter(line -> line.startsWith("- ")).count();
            if (answered != q.followUps().size()) {
                gap.accept(answered + " follow-up answers for " + q.followUps().size() + " follow-ups");
            }
            checkLevelsAndPitfalls(reference, gap);
        })).isEmpty();
    }

    @Test
    void everyTradeOffDrillTeachesWithAReasonedAnswerTakingASideAndARevisitTrigger() {
        assertThat(referenceGaps(QuestionType.TRADE_OFF, (q, reference, gap) -> {
            String outline = reference.outline();
            for (String section : List.of("## The decision in one line", "## What decides it", "## The other side, fairly",
                    "## Revisit when", "## Answering the follow-ups")) {
                if (!outline.contains(section)) {
                    gap.accept("no \"" + section + "\" section");
                }
            }
            if (!q.tradeOffs().isEmpty() && q.tradeOffs().stream().noneMatch(id -> outline.contains("`" + id + "`"))) {
                gap.accept("an outline that names none of its trade-off dimensions " + q.tradeOffs());
            }
            if (!between(outline, "## Revisit when", "## Answering the follow-ups").matches("(?s).*\\d.*")) {
                gap.accept("a revisit trigger with no number to watch");
            }
            checkLevelsAndPitfalls(reference, gap);
        })).isEmpty();
    }

    /**
     * What {@code check} finds wrong with the reference of every question of {@code type}, each line
     * naming the question; a question without a reference is a gap of its own.
     */
    private static List<String> referenceGaps(QuestionType type, ReferenceCheck check) {
        List<String> gaps = new ArrayList<>();
        for (Question q : bank.questions()) {
            if (q.type() == type) {
                Consumer<String> gap = what -> gaps.add(q.id() + ": " + what);
                q.reference().ifPresentOrElse(r -> check.check(q, r, gap), () -> gap.accept("no reference"));
            }
        }
        return gaps;
    }

    private interface ReferenceCheck {
        void check(Question q, Reference reference, Consumer<String> gap);
    }

    private static void checkLevelsAndPitfalls(Reference r, Consumer<String> gap) {
        int words = r.outline().split("\\s+").length;
        if (words < 300 || words > 560) {
            gap.accept("an outline of " + words + " words (300 to 560)");
        }
        if (r.seniorSignals().size() < 3 || r.staffSignals().size() < 3) {
            gap.accept("fewer than 3 senior or staff signals");
        }
        if (r.pitfalls().size() < 3) {
            gap.accept("fewer than 3 pitfalls");
        }
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        if (start < 0) {
            return "";
        }
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    @Test
    void everySystemDesignQuestionTeachesWithAReferenceAndADiagramThatReadsLikeAGoodWhiteboard() {
        assertThat(referenceGaps(QuestionType.SYSTEM_DESIGN, (q, r, gap) -> {
            int words = r.outline().split("\\s+").length;
            if (words < 300) {
                gap.accept("an outline of only " + words + " words");
            }
            if (q.tradeOffs().stream().noneMatch(r.outline()::contains)) {
                gap.accept("an outline that names none of its trade-off dimensions " + q.tradeOffs());
            }
            if (r.seniorSignals().size() < 2 || r.staffSignals().size() < 2) {
                gap.accept("fewer than 2 senior or staff signals");
            }
            if (r.pitfalls().isEmpty()) {
                gap.accept("no pitfalls");
            }
            Optional<SavedBoard> diagram = bank.referenceDiagram(q.id());
            if (diagram.isEmpty()) {
                gap.accept("no reference diagram");
                return;
            }
            List<Shape> shapes = diagram.get().shapes();
            List<Shape> boxes = shapes.stream().filter(s -> s.kind() != ShapeKind.ARROW).toList();
            long components = shapes.stream().filter(s -> s.kind() == ShapeKind.STENCIL).count();
            long attached = shapes.stream().filter(s -> s.kind() == ShapeKind.ARROW)
                    .filter(s -> s.startAttachment().isPresent() && s.endAttachment().isPresent()).count();
            if (components < 6 || attached < 5) {
                gap.accept(components + " components and " + attached + " attached arrows (at least 6 and 5)");
            }
            if (shapes.stream().anyMatch(s -> s.kind() == ShapeKind.ARROW
                    && (s.startAttachment().isEmpty() || s.endAttachment().isEmpty()))) {
                gap.accept("an arrow not attached at both ends");
            }
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    if (boxes.get(i).bounds().intersects(boxes.get(j).bounds())) {
                        gap.accept(boxes.get(i).id() + " overlaps " + boxes.get(j).id());
                    }
                }
            }
        })).isEmpty();
    }

    @Test
    void questionIdsAreUnique() {
        Set<String> seen = new HashSet<>();
        assertThat(bank.questions()).allMatch(q -> seen.add(q.id()));
    }

    @Test
    void noTwoPromptsAreNearDuplicates() {
        List<Question> questions = bank.questions();
        List<Set<String>> shingles = questions.stream().map(q -> shingles(q.prompt())).toList();
        double max = 0;
        String maxPair = "";
        List<String> nearDuplicates = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            for (int j = i + 1; j < questions.size(); j++) {
                double similarity = jaccard(shingles.get(i), shingles.get(j));
                String pair = questions.get(i).id() + " ~ " + questions.get(j).id();
                if (similarity > max) {
                    max = similarity;
                    maxPair = pair;
                }
                if (similarity >= NEAR_DUPLICATE) {
                    nearDuplicates.add(pair + String.format(Locale.ROOT, " (%.2f)", similarity));
                }
            }
        }
        System.out.printf(Locale.ROOT, "most similar prompts: %s, Jaccard %.3f over word 3-shingles%n", maxPair, max);
        assertThat(nearDuplicates).isEmpty();
    }

    @Test
    void everyPackIsReviewableInOneSitting() {
        assertThat(bank.packs()).allSatisfy(p -> assertThat(p.pack().questions()).as(p.source()).hasSizeLessThanOrEqualTo(12));
    }

    @Test
    void validatingTheBankFolderSucceeds() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = RehearseCommand.run(new String[] {"validate", "question-bank"}, print(out), print(err));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK: " + bank.packs().size() + " packs, "
                + bank.questions().size() + " questions, " + bank.dimensions().size() + " trade-off dimensions.");
    }

    static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                kept.add(w);
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= kept.size(); i++) {
            out.add(kept.get(i) + " " + kept.get(i + 1) + " " + kept.get(i + 2));
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}

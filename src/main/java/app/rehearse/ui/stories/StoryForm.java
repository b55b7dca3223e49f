package app.rehearse.ui.stories;

import app.rehearse.stories.Story;
import app.rehearse.stories.StoryChecks;
import app.rehearse.stories.StoryScope;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * A story being written: its fields as typed, what must be fixed before it can be saved, and the
 * gentle warnings of {@link StoryChecks}, both kept up to date as the user types.
 */
final class StoryForm {
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty from = new SimpleStringProperty("");
    final StringProperty until = new SimpleStringProperty("");
    final StringProperty situation = new SimpleStringProperty("");
    final StringProperty task = new SimpleStringProperty("");
    final StringProperty action = new SimpleStringProperty("");
    final StringProperty result = new SimpleStringProperty("");
    final StringProperty metrics = new SimpleStringProperty("");
    final ObjectProperty<StoryScope> scope = new SimpleObjectProperty<>(StoryScope.TEAM);
    final StringProperty learned = new SimpleStringProperty("");
    final ObservableSet<String> competencies = FXCollections.observableSet(new LinkedHashSet<>());
    private final Optional<Story> editing;
    private final ObjectBinding<List<String>> problems;
    private final ObjectBinding<List<String>> warnings;

    private StoryForm(Optional<Story> editing) {
        this.editing = editing;
        Observable[] all = {title, from, until, situation, task, action, result, metrics, scope, learned, competencies};
        problems = Bindings.createObjectBinding(this::findProblems, all);
        warnings = Bindings.createObjectBinding(() -> StoryChecks.warnings(situation.get(), task.get(), action.get(),
                result.get(), metricLines()), all);
    }

    static StoryForm blank(YearMonth now) {
        StoryForm form = new StoryForm(Optional.empty());
        form.from.set(now.toString());
        return form;
    }

    static StoryForm of(Story story) {
        StoryForm form = new StoryForm(Optional.of(story));
        form.title.set(story.title());
        form.from.set(story.from().toString());
        form.until.set(story.until().map(YearMonth::toString).orElse(""));
        form.situation.set(story.situation());
        form.task.set(story.task());
        form.action.set(story.action());
        form.result.set(story.result());
        form.metrics.set(String.join("\n", story.metrics()));
        form.scope.set(story.scope());
        form.learned.set(story.learned());
        form.competencies.addAll(story.competencies());
        return form;
    }

    Optional<Story> editing() {
        return editing;
    }

    /** What must change before the story can be saved; empty when it can. */
    ObjectBinding<List<String>> problems() {
        return problems;
    }

    /** Advice that never blocks a save. */
    ObjectBinding<List<String>> warnings() {
        return warnings;
    }

    /** The story as typed, under {@code id}; call only when {@link #problems} is empty. */
    Story toStory(String id, Instant now) {
        return new Story(id, title.get().strip(), YearMonth.parse(from.get().strip()), month(until.get()),
                situation.get(), task.get(), action.get(), result.get(), metricLines(), scope.get(), learned.get(),
                List.copyOf(competencies), editing.map(Story::createdAt).orElse(now), now);
    }

    private List<String> findProblems() {
        List<String> found = new ArrayList<>();
        if (title.get().isBlank()) {
            found.add("Title must not be empty");
        }
        if (month(from.get()).isEmpty()) {
            found.add("When must be a month such as 2023-04");
        }
        if (!until.get().isBlank() && month(until.get()).isEmpty()) {
            found.add("Until must be a month such as 2023-09, or empty");
        } else if (month(until.get()).isPresent() && month(from.get()).isPresent()
                && month(until.get()).get().isBefore(month(from.get()).get())) {
            found.add("Until must not be before When");
        }
        if (competencies.isEmpty()) {
            found.add("Pick at least one competency the story shows");
        }
        return found;
    }

    private List<String> metricLines() {
        return Arrays.stream(metrics.get().split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static Optional<YearMonth> month(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

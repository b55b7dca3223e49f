package app.rehearse.ui.practice;

import app.rehearse.bank.Question;
import app.rehearse.stories.Competencies;
import app.rehearse.stories.Story;
import app.rehearse.ui.common.SectionTitle;
import app.rehearse.ui.common.Texts;
import app.rehearse.ui.markdown.MarkdownView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * In a behavioral session: which of the user's stories to tell. Stories showing a competency the
 * question probes come first; the chosen one's STAR parts stay in view while the answer is spoken.
 */
final class StoryPicker extends VBox {
    private final ComboBox<Optional<Story>> picker = new ComboBox<>();
    private final MarkdownView story = new MarkdownView();
    /** What the picker's short prompt leaves out, wrapped under it: a prompt too long for the pane is cut. */
    private final Label note = Texts.wrapped("", "section-help");
    private final Set<String> probed;

    /** @param chosen told which story the user picked (empty for none), to keep with the session */
    StoryPicker(Question question, Consumer<Optional<Story>> chosen) {
        super(8);
        this.probed = Competencies.probedBy(question);
        picker.setId("storyPicker");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPromptText("Loading your stories\u2026");
        picker.setCellFactory(list -> new StoryCell());
        picker.setButtonCell(new StoryCell());
        note.setId("storyPickerNote");
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        story.setId("pickedStory");
        story.setVisible(false);
        story.setManaged(false);
        picker.valueProperty().addListener((obs, old, now) -> {
            Optional<Story> picked = now == null ? Optional.empty() : now;
            story.setMarkdown(picked.map(StoryPicker::star).orElse(""));
            story.setVisible(picked.isPresent());
            story.setManaged(picked.isPresent());
            chosen.accept(picked);
        });
        getChildren().addAll(SectionTitle.of("Your story"), picker, note, story);
    }

    /** The user's stories, those matching the question first; none written yet says where to write them. */
    void offer(List<Story> stories) {
        List<Optional<Story>> items = stories.stream()
                .sorted(Comparator.comparing((Story s) -> !matches(s)).thenComparing(Story::title,
                        String.CASE_INSENSITIVE_ORDER))
                .map(Optional::of).collect(Collectors.toCollection(ArrayList::new));
        items.add(0, Optional.empty());
        picker.getItems().setAll(items);
        picker.setPromptText(stories.isEmpty() ? "No stories yet" : "Pick a story to tell");
        note.setText(stories.isEmpty() ? "Write them on the Stories page." : "");
    }

    /** Shows that the stories could not be read, without hiding the session. */
    void unavailable(String why) {
        picker.setPromptText("Your stories could not be read");
        note.setText(why);
    }

    private boolean matches(Story s) {
        return s.competencies().stream().map(Competencies::idOf).anyMatch(probed::contains);
    }

    private static String star(Story s) {
        return "**Situation.** " + s.situation() + "\n\n**Task.** " + s.task() + "\n\n**Action.** " + s.action()
                + "\n\n**Result.** " + s.result() + (s.metrics().isEmpty() ? "" : "\n\n" + String.join("\n",
                s.metrics().stream().map(m -> "- " + m).toList()));
    }

    private final class StoryCell extends ListCell<Optional<Story>> {
        @Override
        protected void updateItem(Optional<Story> item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.map(s -> s.title() + (matches(s) ? "  \u00b7 fits this question" : "")).orElse("No story"));
        }
    }
}

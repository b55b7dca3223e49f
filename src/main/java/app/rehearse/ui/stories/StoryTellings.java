package app.rehearse.ui.stories;

import app.rehearse.history.SessionSummary;
import app.rehearse.ui.common.SectionTitle;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.OptionalDouble;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Every practice session in which a story was told, newest first, with its score: which stories land. */
final class StoryTellings extends VBox {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    StoryTellings() {
        super(4);
        setId("storySessions");
        getStyleClass().add("story-sessions");
        getChildren().setAll(SectionTitle.of("Told in practice"), line("Looking through your sessions\u2026"));
    }

    void show(List<SessionSummary> tellings, ZoneId zone) {
        getChildren().setAll(SectionTitle.of("Told in practice"));
        if (tellings.isEmpty()) {
            getChildren().add(line("Not told in a session yet. Pick it in a behavioral session to see how it lands."));
            return;
        }
        OptionalDouble average = tellings.stream().filter(s -> s.score().isPresent())
                .mapToInt(s -> s.score().getAsInt()).average();
        long graded = tellings.stream().filter(s -> s.score().isPresent()).count();
        getChildren().add(line("Told " + tellings.size() + (tellings.size() == 1 ? " time" : " times")
                + (average.isPresent() ? "; average " + Math.round(average.getAsDouble()) + "/100 over " + graded
                + " graded" : "; not graded yet")));
        for (SessionSummary s : tellings) {
            Label row = line(DAY.format(s.createdAt().atZone(zone)) + " \u00b7 " + s.title() + " \u00b7 "
                    + (s.score().isPresent() ? s.score().getAsInt() + "/100" : "not graded"));
            row.getStyleClass().add("story-telling");
            getChildren().add(row);
        }
    }

    void unavailable(String why) {
        getChildren().setAll(SectionTitle.of("Told in practice"), line("Your sessions could not be read: " + why));
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}

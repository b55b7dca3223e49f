package app.rehearse.ui.progress;

import app.rehearse.bank.QuestionType;
import app.rehearse.history.HistoryIndex;
import app.rehearse.history.ProgressStats;
import app.rehearse.history.ScorePoint;
import app.rehearse.history.Streak;
import app.rehearse.history.WeakArea;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Whether practice is paying off: scores over time, the practice calendar and streak, and what to practise next. */
public final class ProgressView extends ScrollPane {
    private final Label loadFailure = new Label();
    private static final int CALENDAR_WEEKS = 16;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");

    private final Function<String, String> dimensionTitle;
    private final Consumer<WeakArea> practise;
    private final LineChart<Number, Number> chart;
    private final ChoiceBox<String> series = new ChoiceBox<>();
    private final Label streak = new Label();
    private final GridPane calendar = new GridPane();
    private final ListView<WeakArea> weakAreas = new ListView<>();
    private final Map<String, List<ScorePoint>> choices = new LinkedHashMap<>();

    /**
     * @param dimensionTitle the title a trade-off dimension id is shown with
     * @param practise draws a question that targets a weak area
     */
    public ProgressView(Function<String, String> dimensionTitle, Consumer<WeakArea> practise) {
        this.dimensionTitle = dimensionTitle;
        this.practise = practise;
        getStyleClass().add("progress-view");
        setFitToWidth(true);

        Label heading = new Label("Progress");
        heading.getStyleClass().add("page-title");

        NumberAxis x = new NumberAxis();
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return LocalDate.ofEpochDay(day.longValue()).format(DAY);
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis(0, 100, 20);
        y.setLabel("Score");
        chart = new LineChart<>(x, y);
        chart.setId("progressChart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(320);
        series.setId("progressSeries");
        series.valueProperty().addListener((obs, old, name) -> plot(name));
        Label seriesLabel = new Label("Show");
        HBox chartBar = new HBox(8, seriesLabel, series);
        chartBar.setAlignment(Pos.CENTER_LEFT);

        streak.setId("streakLabel");
        streak.getStyleClass().add("page-lead");
        calendar.setId("practiceCalendar");
        calendar.setHgap(3);
        calendar.setVgap(3);

        weakAreas.setId("weakAreasList");
        weakAreas.setPrefHeight(260);
        weakAreas.setPlaceholder(new Label("Grade a few sessions to see where to practise next."));
        weakAreas.setCellFactory(list -> new WeakAreaCell());

        loadFailure.setId("progressLoadFailure");
        loadFailure.setWrapText(true);
        loadFailure.getStyleClass().add("inline-message");
        loadFailure.setVisible(false);
        loadFailure.setManaged(false);
        VBox page = new VBox(14, heading, loadFailure, section("Scores over time"), chartBar, chart, section("Practice"), streak,
                calendar, section("Practise next"), weakAreas);
        page.getStyleClass().add("page");
        setContent(page);
    }

    /** The history could not be opened or refreshed: says so above the statistics. */
    public void showLoadFailure(String message) {
        loadFailure.setText("Your progress could not be worked out: " + message);
        loadFailure.setVisible(true);
        loadFailure.setManaged(true);
    }

    /** Shows the statistics of the index as it is now. */
    public void show(HistoryIndex index) {
        loadFailure.setVisible(false);
        loadFailure.setManaged(false);
        ProgressStats stats = index.progress();
        choices.clear();
        choices.put("Overall", stats.overall());
        for (QuestionType type : QuestionType.values()) {
            choices.put(type.label(), stats.byType().getOrDefault(type, List.of()));
        }
        stats.byDimension().forEach((id, points) -> choices.put(dimensionTitle.apply(id), points));
        String selected = series.getValue();
        series.getItems().setAll(choices.keySet());
        series.setValue(selected != null && choices.containsKey(selected) ? selected : "Overall");
        plot(series.getValue());

        LocalDate today = LocalDate.now(index.zone());
        Streak s = stats.streak(today);
        int last30 = stats.calendar().subMap(today.minusDays(29), true, today, true).values().stream()
                .mapToInt(Integer::intValue).sum();
        streak.setText("Current streak " + days(s.current()) + (s.practisedToday() ? " (practised today)" : "")
                + " · longest " + days(s.longest()) + " · " + last30 + (last30 == 1 ? " session" : " sessions")
                + " in the last 30 days");
        fillCalendar(stats.calendar(), today);
        weakAreas.getItems().setAll(stats.weakAreas(8));
    }

    private void plot(String name) {
        chart.getData().clear();
        List<ScorePoint> points = choices.getOrDefault(name, List.of());
        NumberAxis x = (NumberAxis) chart.getXAxis();
        long first = points.stream().mapToLong(p -> p.day().toEpochDay()).min().orElse(LocalDate.now().toEpochDay());
        long last = points.stream().mapToLong(p -> p.day().toEpochDay()).max().orElse(first);
        // Whole days only: an automatic axis would label half days and repeat dates.
        x.setLowerBound(first - 1);
        x.setUpperBound(last + 1);
        x.setTickUnit(Math.max(1, Math.ceil((last - first + 2) / 10.0)));
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.setName(name);
        for (ScorePoint p : points) {
            line.getData().add(new XYChart.Data<>(p.day().toEpochDay(), p.value()));
        }
        chart.getData().add(line);
        chart.setTitle(points.isEmpty() ? "No graded sessions yet" : null);
    }

    private void fillCalendar(NavigableMap<LocalDate, Integer> counts, LocalDate today) {
        calendar.getChildren().clear();
        LocalDate start = today.minusWeeks(CALENDAR_WEEKS - 1).with(DayOfWeek.MONDAY);
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            int count = counts.getOrDefault(day, 0);
            Region cell = new Region();
            cell.getStyleClass().addAll("calendar-day", "calendar-level-" + Math.min(count, 3));
            cell.setMinSize(14, 14);
            cell.setPrefSize(14, 14);
            Tooltip.install(cell, new Tooltip(day + ": " + count + (count == 1 ? " session" : " sessions")));
            int week = (int) ChronoUnit.WEEKS.between(start, day);
            calendar.add(cell, week, day.getDayOfWeek().getValue() - 1);
        }
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    /** A weak area with its recent average and a button that draws a question practising it. */
    private final class WeakAreaCell extends ListCell<WeakArea> {
        @Override
        protected void updateItem(WeakArea area, boolean empty) {
            super.updateItem(area, empty);
            if (empty || area == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String kind = switch (area.kind()) {
                case DIMENSION -> "trade-off";
                case COMPETENCY -> "competency";
                case TAG -> "topic";
            };
            String name = area.kind() == WeakArea.Kind.DIMENSION ? dimensionTitle.apply(area.key()) : area.key();
            Label text = new Label(name + "  (" + kind + ")  average " + Math.round(area.average()) + " / 100 over "
                    + area.samples() + (area.samples() == 1 ? " session" : " sessions"));
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button go = new Button("Practise");
            go.getStyleClass().add("practise-area");
            go.setOnAction(e -> practise.accept(area));
            HBox row = new HBox(10, text, go);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
            setAccessibleText(name.toLowerCase(Locale.ROOT));
        }
    }
}

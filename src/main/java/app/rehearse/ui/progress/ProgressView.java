package app.rehearse.ui.progress;

import app.rehearse.bank.QuestionType;
import app.rehearse.history.HistoryIndex;
import app.rehearse.history.ProgressStats;
import app.rehearse.history.ScorePoint;
import app.rehearse.history.Streak;
import app.rehearse.history.WeakArea;
import app.rehearse.ui.common.SectionTitle;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
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
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");
    private static final DateTimeFormatter FULL_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");

    private final Function<String, String> dimensionTitle;
    private final Consumer<WeakArea> practise;
    private final LineChart<Number, Number> chart;
    private final ChoiceBox<String> series = new ChoiceBox<>();
    private final Label streak = new Label();
    private final GridPane calendar = new GridPane();
    private final VBox weakAreas = new VBox(6);
    private final Label noWeakAreas = new Label("Grade a few sessions to see where to practise next.");
    private List<ScorePoint> plotted = List.of();
    private final Map<String, List<ScorePoint>> choices = new LinkedHashMap<>();
    private ZoneId zone = ZoneId.systemDefault();

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
        x.setLabel("Sessions, oldest first (each point is one graded session)");
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                int i = n.intValue() - 1;
                return n.doubleValue() == Math.rint(n.doubleValue()) && i >= 0 && i < plotted.size()
                        ? plotted.get(i).day().format(DAY) : "";
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
        series.setPrefWidth(260);
        series.valueProperty().addListener((obs, old, name) -> plot(name));
        Label seriesLabel = new Label("Show");
        HBox chartBar = new HBox(8, seriesLabel, series);
        chartBar.setAlignment(Pos.CENTER_LEFT);

        streak.setId("streakLabel");
        streak.getStyleClass().add("page-lead");
        streak.setWrapText(true);
        streak.setMinHeight(Region.USE_PREF_SIZE);
        calendar.setId("practiceCalendar");
        calendar.setHgap(3);
        calendar.setVgap(3);

        // Plain rows, not a list with its own scroll bar: the page scrolls, and the wheel always scrolls the page.
        weakAreas.setId("weakAreasList");
        weakAreas.getStyleClass().add("weak-areas");
        noWeakAreas.getStyleClass().add("page-lead");

        loadFailure.setId("progressLoadFailure");
        loadFailure.setWrapText(true);
        loadFailure.getStyleClass().add("inline-message");
        loadFailure.setVisible(false);
        loadFailure.setManaged(false);
        VBox page = new VBox(14, heading, loadFailure, SectionTitle.of("Scores over time"), chartBar, chart, SectionTitle.of("Practice"), streak,
                calendar, SectionTitle.of("Practise next"), weakAreas);
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

        zone = index.zone();
        LocalDate today = LocalDate.now(zone);
        Streak s = stats.streak(today);
        int last30 = stats.calendar().subMap(today.minusDays(29), true, today, true).values().stream()
                .mapToInt(Integer::intValue).sum();
        streak.setText("Current streak " + days(s.current()) + (s.practisedToday() ? " (practised today)" : "")
                + " · longest " + days(s.longest()) + " · " + last30 + (last30 == 1 ? " session" : " sessions")
                + " in the last 30 days");
        fillCalendar(stats.calendar(), today);
        List<WeakArea> areas = stats.weakAreas(8);
        weakAreas.getChildren().setAll(areas.isEmpty() ? List.of(noWeakAreas)
                : areas.stream().map(this::weakAreaRow).toList());
    }

    /**
     * One point per graded session, in order, so several sessions on one day stand side by side; the
     * axis names each point's day and its tooltip says when and what it scored.
     */
    private void plot(String name) {
        chart.getData().clear();
        plotted = choices.getOrDefault(name, List.of());
        NumberAxis x = (NumberAxis) chart.getXAxis();
        int n = plotted.size();
        x.setLowerBound(0.5);
        x.setUpperBound(Math.max(1, n) + 0.5);
        x.setTickUnit(Math.max(1, Math.ceil(n / 10.0)));
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.setName(name);
        for (int i = 0; i < n; i++) {
            line.getData().add(new XYChart.Data<>(i + 1, plotted.get(i).value()));
        }
        chart.getData().add(line);
        for (int i = 0; i < n; i++) {
            ScorePoint p = plotted.get(i);
            Tooltip.install(line.getData().get(i).getNode(), new Tooltip("Session " + (i + 1) + " · "
                    + WHEN.format(p.at().atZone(zone)) + " · " + p.value() + " / 100"));
        }
        chart.setTitle(plotted.isEmpty() ? "No graded sessions yet" : null);
    }

    /** Sixteen weeks of days, Monday on top, with the months named over their first week and the weekdays beside. */
    private void fillCalendar(NavigableMap<LocalDate, Integer> counts, LocalDate today) {
        calendar.getChildren().clear();
        LocalDate start = today.minusWeeks(CALENDAR_WEEKS - 1).with(DayOfWeek.MONDAY);
        for (DayOfWeek weekday : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
            Label name = new Label(weekday.getDisplayName(TextStyle.SHORT, Locale.getDefault()));
            name.getStyleClass().add("calendar-label");
            calendar.add(name, 0, weekday.getValue());
        }
        Month shown = null;
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            int week = (int) ChronoUnit.WEEKS.between(start, day);
            if (day.getDayOfWeek() == DayOfWeek.MONDAY && day.getMonth() != shown) {
                shown = day.getMonth();
                Label month = new Label(shown.getDisplayName(TextStyle.SHORT, Locale.getDefault()));
                month.getStyleClass().add("calendar-label");
                month.setMinWidth(Region.USE_PREF_SIZE);
                calendar.add(month, week + 1, 0, 3, 1);
            }
            int count = counts.getOrDefault(day, 0);
            Region cell = new Region();
            cell.getStyleClass().addAll("calendar-day", "calendar-level-" + Math.min(count, 3));
            cell.setMinSize(14, 14);
            cell.setPrefSize(14, 14);
            Tooltip.install(cell, new Tooltip(day.format(FULL_DAY) + ": " + count + (count == 1 ? " session" : " sessions")));
            calendar.add(cell, week + 1, day.getDayOfWeek().getValue());
        }
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    /** A weak area with its recent average and a button that draws a question practising it. */
    private HBox weakAreaRow(WeakArea area) {
        String kind = switch (area.kind()) {
            case DIMENSION -> "trade-off";
            case COMPETENCY -> "competency";
            case TAG -> "topic";
        };
        String name = area.kind() == WeakArea.Kind.DIMENSION ? dimensionTitle.apply(area.key()) : area.key();
        Label text = new Label(name + "  (" + kind + ")  average " + Math.round(area.average()) + " / 100 over "
                + area.samples() + (area.samples() == 1 ? " session" : " sessions"));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button go = new Button("Practise");
        go.getStyleClass().add("practise-area");
        go.setMinWidth(Region.USE_PREF_SIZE);
        go.setOnAction(e -> practise.accept(area));
        go.setAccessibleText("Practise " + name.toLowerCase(Locale.ROOT));
        HBox row = new HBox(10, text, go);
        row.getStyleClass().add("weak-area");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}

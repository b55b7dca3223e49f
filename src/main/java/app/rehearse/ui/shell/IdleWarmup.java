package app.rehearse.ui.shell;

import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.common.WrappedCell;
import app.rehearse.ui.markdown.MarkdownView;
import app.rehearse.ui.whiteboard.WhiteboardPane;
import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.Stencil;
import app.rehearse.whiteboard.Whiteboard;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The first use of each kind of control costs its classes, the lambdas of its skin and behaviour,
 * and its CSS: 100–300 ms on the FX thread the first time a page shows it, felt as a frozen click.
 * Once the app is idle after start, this builds one sample of each kind in a scene that is never
 * shown, with the app's stylesheet, a step per pulse so that no pulse waits long, and drops it.
 */
public final class IdleWarmup {
    private static final Logger LOG = Logger.getLogger(IdleWarmup.class.getName());

    private final Deque<Supplier<Parent>> samples;
    private final List<String> stylesheets;
    private Parent made;
    private boolean styled;

    IdleWarmup(List<Supplier<Parent>> samples, List<String> stylesheets) {
        this.samples = new ArrayDeque<>(samples);
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** Starts building the samples, a step per pulse; the page scene's stylesheets style them. */
    public static void start(List<String> stylesheets, Dialogs dialogs, UiTasks tasks) {
        new IdleWarmup(samples(dialogs, tasks), stylesheets).run();
    }

    /** Runs a {@link #step} a pulse until all are done. */
    void run() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!step()) {
                    stop();
                }
            }
        }.start();
    }

    /**
     * Makes the next sample, styles the one made (which creates its skins) or lays out the one styled, and says
     * whether there was anything left to do. A sample takes three pulses, so a click landing meanwhile waits for one
     * step, not a whole sample (the table, the chart and the board took 90-150 ms each in a single pulse).
     */
    boolean step() {
        try {
            if (made == null) {
                Supplier<Parent> next = samples.poll();
                if (next == null) {
                    return false;
                }
                made = next.get();
            } else if (!styled) {
                style(made);
                styled = true;
            } else {
                made.layout();
                made = null;
                styled = false;
            }
        } catch (RuntimeException e) {
            made = null;
            styled = false;
            LOG.warning("a warm-up sample failed, so its first use on a page will be slower: " + e);
        }
        return true;
    }

    /** Styles and lays out a sample at once, as the pulses do step by step. */
    void build(Parent sample) {
        style(sample);
        sample.layout();
    }

    /** Puts a sample in a scene of its own with the page's stylesheets and styles it, which creates its skins. */
    private void style(Parent sample) {
        Scene scene = new Scene(sample, 1024, 700);
        scene.getStylesheets().setAll(stylesheets);
        sample.applyCss();
    }

    static List<Supplier<Parent>> samples(Dialogs dialogs, UiTasks tasks) {
        return List.of(
                () -> new VBox(new Label("Label")),
                () -> new VBox(button()),
                () -> new VBox(new Hyperlink("link"), new ToggleButton("toggle")),
                () -> new VBox(new CheckBox("check")),
                () -> new VBox(new TextField("text")),
                () -> new VBox(new TextArea("area\nsecond line")),
                () -> new VBox(new ChoiceBox<>(FXCollections.observableArrayList("a", "b"))),
                () -> new VBox(new Spinner<Integer>(1, 9, 3)),
                () -> new VBox(new Slider(0, 1, 0.5), new ProgressBar(0.4)),
                () -> new VBox(menuButton()),
                () -> new VBox(new SplitMenuButton(new MenuItem("item"))),
                () -> new VBox(new DatePicker()),
                IdleWarmup::table,
                () -> new VBox(new ListView<>(FXCollections.observableArrayList("one", "two", "three"))),
                () -> new VBox(new ScrollPane(new VBox(new Label("scrolled")))),
                () -> new SplitPane(new VBox(), new VBox()),
                () -> new VBox(new TitledPane("titled", new Label("inside"))),
                () -> new TabPane(new Tab("tab", new FlowPane(new Label("a"), new Label("b")))),
                () -> new VBox(new TextFlow(new Text("flowing "), new Text("text")), grid()),
                IdleWarmup::chart,
                IdleWarmup::markdown,
                () -> whiteboard(dialogs, tasks));
    }

    private static Button button() {
        Button button = new Button("Button");
        button.setTooltip(new Tooltip("tip"));
        return button;
    }

    private static MenuButton menuButton() {
        return new MenuButton("menu", null, new MenuItem("item"));
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.addRow(0, new Label("a"), new Label("b"));
        return grid;
    }

    private static Parent table() {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("first row", "second row"));
        TableColumn<String, String> column = new TableColumn<>("Column");
        column.setCellValueFactory(row -> new SimpleStringProperty(row.getValue()));
        column.setCellFactory(c -> WrappedCell.plain());
        table.getColumns().add(column);
        return new VBox(table);
    }

    private static Parent chart() {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.getData().add(new XYChart.Data<>(1, 2));
        series.getData().add(new XYChart.Data<>(2, 3));
        LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
        chart.getData().add(series);
        return new VBox(chart);
    }

    private static Parent markdown() {
        MarkdownView view = new MarkdownView();
        view.setMarkdown("# Heading\n\nSome *emphasis*, `code` and a [link](https://example.org).\n\n- one\n- two\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode block\n```\n");
        return view;
    }

    private static Parent whiteboard(Dialogs dialogs, UiTasks tasks) {
        Whiteboard board = new Whiteboard(() -> 0L, () -> "warm-up");
        board.execute(Commands.add(List.of(
                Shape.stencil(new ShapeId("a"), Stencil.values()[0], new Point(100, 100)),
                Shape.stencil(new ShapeId("b"), Stencil.values()[1], new Point(400, 100)))));
        return new WhiteboardPane(board, true, dialogs, tasks);
    }
}

package app.rehearse.ui.shell;

import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.bank.SkippedFile;
import app.rehearse.plan.MockLoop;
import app.rehearse.storage.BundledResources;
import app.rehearse.ui.bank.BankView;
import app.rehearse.ui.common.BankState;
import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.Problems;
import app.rehearse.ui.common.SettingsState;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.help.HelpWindow;
import app.rehearse.ui.practice.PracticeView;
import app.rehearse.ui.settings.SettingsDialog;
import app.rehearse.ui.stories.StoriesView;
import app.rehearse.ui.today.TodayView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The window's frame: navigation on the left, the chosen feature in the middle, notices on top. */
public final class MainShell extends BorderPane {
    /** What the shell itself works with: Settings and help. */
    public record Services(SettingsState settings, Path dataFolder, UiTasks tasks) {
    }

    private static final String HELP_GUIDE = "/app/rehearse/ui/help/how-a-session-works.md";

    private final Services shellServices;
    private HelpWindow help;
    private final BankState bank;
    private final Dialogs dialogs;
    private final PracticeView.Services practiceServices;
    private final BankView.Services bankServices;
    private final ToggleGroup navigation = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final Map<String, Node> pages = new LinkedHashMap<>();
    private final Label counts = new Label();
    private final ToggleButton practiceButton;
    private final ToggleButton todayButton;
    private final Map<Button, String> tooltips = new LinkedHashMap<>();
    private ToggleButton bankButton;
    private ToggleButton historyButton;
    private HistoryPages historyPages;
    private TodayView today;
    private BankView bankView;
    private PracticeView practice;
    private List<SkippedFile> shownSkipped;
    private final ProblemNotice problems = new ProblemNotice();

    /**
     * @param practiceServices what the Practice page works with
     * @param bankServices     what the Question bank page works with
     * @param historyServices  what the History and Progress pages work with
     * @param storiesServices  what the Stories page works with
     * @param todayServices    what the Today page works with
     */
    public MainShell(Services shellServices, BankState bank, Problems problemReports, Dialogs dialogs,
            PracticeView.Services practiceServices, BankView.Services bankServices, HistoryPages.Services historyServices,
            StoriesView.Services storiesServices, TodayView.Services todayServices) {
        this.shellServices = shellServices;
        this.bank = bank;
        this.dialogs = dialogs;
        this.practiceServices = practiceServices;
        this.bankServices = bankServices;
        getStyleClass().add("main-shell");

        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav-bar");
        Label brand = new Label("Rehearse");
        brand.getStyleClass().add("brand");
        Label tagline = new Label("Senior interview practice");
        tagline.getStyleClass().add("brand-tagline");
        tagline.setWrapText(true);
        nav.getChildren().addAll(brand, tagline, spacer(18));
        historyPages = new HistoryPages(historyServices, this::practise, this::drawFrom, this::useDiagramAsReference);
        todayButton = navButton("navToday", "Today", () -> today = new TodayView(todayServices,
                this::practise, this::reviewSession, this::startLoop, this::openPractice));
        // Worked out each time the page is shown: sessions may have been finished or graded since.
        todayButton.selectedProperty().addListener((obs, was, now) -> {
            if (now && today != null) {
                today.refresh();
            }
        });
        nav.getChildren().add(todayButton);
        practiceButton = navButton("navPractice", "Practice", this::practice);
        nav.getChildren().add(practiceButton);
        bankButton = navButton("navBank", "Question bank", () -> afterBankLoads(this::bankView));
        nav.getChildren().add(bankButton);
        nav.getChildren().add(navButton("navStories", "Stories", () -> new StoriesView(storiesServices, this::practise)));
        historyButton = navButton("navHistory", "History", historyPages::history);
        historyButton.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                historyPages.historyShown();
            }
        });
        ToggleButton progressButton = navButton("navProgress", "Progress", historyPages::progress);
        progressButton.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                historyPages.progressShown();
            }
        });
        nav.getChildren().addAll(historyButton, progressButton);
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        counts.setId("bankCount");
        counts.setWrapText(true);
        counts.getStyleClass().add("nav-footer");
        Button settings = footerButton("settingsButton", "Settings", "Theme, text size, sound, grading level, session"
                + " plans and your data folder");
        settings.setOnAction(e -> SettingsDialog.show(getScene().getWindow(), shellServices.settings(),
                shellServices.dataFolder(), shellServices.tasks()));
        Button helpButton = footerButton("helpButton", "Help", "Keyboard shortcuts and how a session works ("
                + HelpWindow.KEY.getDisplayText() + ")");
        helpButton.setOnAction(e -> showHelp());
        nav.getChildren().addAll(grow, settings, helpButton, spacer(6), counts);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(HelpWindow.KEY, this::showHelp);
            }
        });
        nav.setAlignment(Pos.TOP_LEFT);

        setLeft(nav);
        // The bank loads in the background while the window opens; it shows up here when ready.
        bank.whenBankReady(this::showBank);
        bank.onBankChanged(this::showBank);
        problemReports.onProblem(this::showProblem);
        content.getStyleClass().add("content-area");
        BorderPane centre = new BorderPane(content);
        centre.setTop(problems);
        setCenter(centre);
        navigation.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true);
            }
        });
    }

    /**
     * Opens the first page and adds the tooltips: called once the window is shown, so that neither the page nor
     * the popup machinery of a tooltip holds up the first window. The app is ready only after this.
     */
    public void showFirstPage() {
        tooltips.forEach((button, text) -> button.setTooltip(new Tooltip(text)));
        tooltips.clear();
        todayButton.setSelected(true);
    }

    private void showBank(QuestionBank loaded) {
        counts.setText(loaded.questions().size() + " questions loaded");
        // A new notice only when the skipped files changed, so a dismissed one stays away after every save.
        if (!loaded.skipped().equals(shownSkipped)) {
            shownSkipped = loaded.skipped();
            setTop(BankProblemsBanner.forBank(loaded).orElse(null));
        }
    }

    /** A page that needs the bank: a short notice until the first load finishes, then the page itself. */
    private Node afterBankLoads(Function<QuestionBank, Node> page) {
        Optional<QuestionBank> loaded = bank.currentBank();
        if (loaded.isPresent()) {
            return page.apply(loaded.get());
        }
        Label loading = new Label("Loading the question bank…");
        loading.getStyleClass().add("empty-state");
        StackPane holder = new StackPane(loading);
        bank.whenBankReady(loadedBank -> holder.getChildren().setAll(page.apply(loadedBank)));
        return holder;
    }

    /** Background work that failed, in a sentence the user can act on; stays until dismissed. */
    private void showProblem(String message) {
        problems.show(message);
    }

    /** The window was asked to close: unsaved work is saved first, or the user decides (see {@link PracticeView}). */
    public void closeRequested(Runnable close) {
        if (practice == null) {
            close.run();
        } else {
            practice.closeRequested(close);
        }
    }

    private PracticeView practice() {
        if (practice == null) {
            practice = new PracticeView(practiceServices);
            // Focus mode: while a session runs, the navigation folds away and the board gets its width.
            practice.sessionRunningProperty().addListener((obs, was, running) -> {
                navigation().setVisible(!running);
                navigation().setManaged(!running);
            });
        }
        return practice;
    }

    private Node navigation() {
        return getLeft();
    }

    /** "Practise this" from another page: opens the Practice page on a new session for the question. */
    private void startLoop(MockLoop loop) {
        practiceButton.setSelected(true);
        if (practice().isSessionRunning()) {
            dialogs.inform("A session is already running", "Finish or leave the session in progress before starting a"
                    + " mock loop.");
            return;
        }
        practice().startLoop(loop);
    }

    private void openPractice() {
        practiceButton.setSelected(true);
    }

    private void reviewSession(String sessionId) {
        historyButton.setSelected(true);
        historyPages.review(sessionId);
    }

    private void practise(Question question) {
        practiceButton.setSelected(true);
        if (practice().isSessionRunning()) {
            dialogs.inform("A session is already running",
                    "Finish or leave the session in progress before starting \u201c" + question.title() + "\u201d.");
            return;
        }
        practice().startSession(question);
    }

    private BankView bankView(QuestionBank loaded) {
        bankView = new BankView(bankServices, loaded, this::practise);
        return bankView;
    }

    /** From History: edits (or duplicates) the question in the bank with a session's diagram as its reference. */
    private void useDiagramAsReference(Question question, String diagram) {
        bankButton.setSelected(true);
        bank.whenBankReady(loaded -> bankView.useDiagramAsReference(question, diagram));
    }

    /** Switches to the practice page and draws from these questions (a weak area from Progress). */
    private void drawFrom(List<Question> candidates, String why) {
        practiceButton.setSelected(true);
        if (practice().isSessionRunning()) {
            return;
        }
        practice().drawFrom(candidates, why);
    }

    private ToggleButton navButton(String id, String text, Supplier<Node> page) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.getStyleClass().add("nav-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setToggleGroup(navigation);
        button.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                content.getChildren().setAll(pages.computeIfAbsent(id, key -> page.get()));
            }
        });
        return button;
    }

    /** Help opens once its page has been read, off the FX thread; later it is only brought forward. */
    private void showHelp() {
        if (help != null) {
            help.show();
            return;
        }
        shellServices.tasks().run(() -> new String(BundledResources.read(HELP_GUIDE), StandardCharsets.UTF_8), guide -> {
            if (help == null) {
                help = new HelpWindow(getScene().getWindow(), getScene().getStylesheets(), guide);
            }
            help.show();
        }, failure -> problems.show("Help could not open: " + failure.getMessage()));
    }

    private Button footerButton(String id, String text, String help) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().addAll("nav-button", "flat");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        tooltips.put(button, help);
        return button;
    }

    private static Region spacer(double height) {
        Region region = new Region();
        region.setMinHeight(height);
        return region;
    }
}

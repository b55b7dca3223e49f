package app.rehearse.ui.shell;

import app.rehearse.bank.QuestionBank;
import app.rehearse.ui.AppServices;
import app.rehearse.ui.bank.BankView;
import app.rehearse.ui.practice.PracticeView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The window's frame: navigation on the left, the chosen feature in the middle, notices on top. */
public final class MainShell extends BorderPane {
    private final ToggleGroup navigation = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final Map<String, Node> pages = new LinkedHashMap<>();
    private PracticeView practice;

    public MainShell(AppServices services) {
        getStyleClass().add("main-shell");
        QuestionBank bank = services.bank();

        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav-bar");
        Label brand = new Label("Rehearse");
        brand.getStyleClass().add("brand");
        Label tagline = new Label("Senior interview practice");
        tagline.getStyleClass().add("brand-tagline");
        nav.getChildren().addAll(brand, tagline, spacer(18));
        HistoryPages historyPages = new HistoryPages(services, this::practise, this::drawFrom);
        nav.getChildren().add(navButton("navPractice", "Practice", () -> practice = new PracticeView(services)));
        nav.getChildren().add(navButton("navBank", "Question bank", () -> new BankView(bank)));
        ToggleButton historyButton = navButton("navHistory", "History", historyPages::history);
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
        Label counts = new Label(bank.questions().size() + " questions loaded");
        counts.getStyleClass().add("nav-footer");
        nav.getChildren().addAll(grow, counts);
        nav.setAlignment(Pos.TOP_LEFT);

        setLeft(nav);
        setTop(BankProblemsBanner.forBank(bank).orElse(null));
        content.getStyleClass().add("content-area");
        setCenter(content);
        navigation.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true);
            }
        });
        ((ToggleButton) navigation.getToggles().get(0)).setSelected(true);
    }

    /** Switches to the practice page and starts a session on the question (retry from History). */
    private void practise(app.rehearse.bank.Question question) {
        showPractice();
        practice.startSession(question);
    }

    /** Switches to the practice page and draws from these questions (a weak area from Progress). */
    private void drawFrom(java.util.List<app.rehearse.bank.Question> candidates, String why) {
        showPractice();
        practice.drawFrom(candidates, why);
    }

    private void showPractice() {
        ((ToggleButton) navigation.getToggles().get(0)).setSelected(true);
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

    private static Region spacer(double height) {
        Region region = new Region();
        region.setMinHeight(height);
        return region;
    }
}

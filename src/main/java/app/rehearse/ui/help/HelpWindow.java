package app.rehearse.ui.help;

import app.rehearse.ui.common.SectionTitle;
import app.rehearse.ui.common.Shortcut;
import app.rehearse.ui.markdown.MarkdownView;
import app.rehearse.ui.practice.PracticeShortcuts;
import app.rehearse.ui.whiteboard.WhiteboardPane;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help without a browser: the keyboard shortcuts, and one page on how a session works. Esc closes it. */
public final class HelpWindow {
    /** Opens help from anywhere in the app. */
    public static final KeyCombination KEY = new KeyCodeCombination(KeyCode.F1);

    private final Stage stage = new Stage();

    /** @param guide the "how a session works" page, in Markdown */
    public HelpWindow(Window owner, List<String> stylesheets, String guide) {
        stage.initOwner(owner);
        stage.setTitle("Rehearse help");
        Tab keys = new Tab("Keyboard", scrolling(keyboard()));
        keys.setId("helpKeysTab");
        MarkdownView page = new MarkdownView();
        page.setId("helpGuide");
        page.setMarkdown(guide);
        VBox guideBox = new VBox(page);
        guideBox.getStyleClass().add("help-page");
        Tab how = new Tab("How a session works", scrolling(guideBox));
        how.setId("helpGuideTab");
        TabPane tabs = new TabPane(how, keys);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("helpWindow");
        Scene scene = new Scene(tabs, 720, 600);
        scene.getStylesheets().addAll(stylesheets);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private static VBox keyboard() {
        VBox box = new VBox(14);
        box.getStyleClass().add("help-page");
        box.setId("helpKeys");
        box.getChildren().addAll(group("Anywhere", List.of(new Shortcut(KEY.getDisplayText(), "This help"))),
                group("In a session", PracticeShortcuts.all()),
                group("On the whiteboard (when it has the focus)", WhiteboardPane.shortcuts()));
        return box;
    }

    private static VBox group(String title, List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        for (int i = 0; i < shortcuts.size(); i++) {
            Label keys = new Label(shortcuts.get(i).keys());
            keys.getStyleClass().add("help-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(shortcuts.get(i).action());
            action.setWrapText(true);
            grid.addRow(i, keys, action);
        }
        return new VBox(6, SectionTitle.of(title), grid);
    }

    private static ScrollPane scrolling(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }
}

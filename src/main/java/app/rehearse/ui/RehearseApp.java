package app.rehearse.ui;

import app.rehearse.storage.DataDirectory;
import app.rehearse.storage.DataLayout;
import app.rehearse.ui.bank.BankView;
import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.FxDialogs;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.grading.GradingScreens;
import app.rehearse.ui.practice.PracticeView;
import app.rehearse.ui.shell.HistoryPages;
import app.rehearse.ui.shell.IdleWarmup;
import app.rehearse.ui.shell.MainShell;
import app.rehearse.ui.stories.StoriesView;
import app.rehearse.ui.today.TodayView;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The composition root: resolves the data directory, builds the services once and hands each page
 * only what it uses. Tests start it with {@code new RehearseApp().start(stage)} after setting
 * {@code rehearse.home}.
 */
public class RehearseApp extends Application {
    public static final String TITLE = "Rehearse";
    private static final String STYLESHEET = "/app/rehearse/ui/rehearse.css";

    private final Clock clock = Clock.systemUTC();
    private AppServices services;
    private Dialogs dialogs;
    private boolean closing;

    public RehearseApp() {
        // Public no-arg constructor for the launcher and for tests.
    }

    /** Opens the window; called by the command line with its own arguments. */
    public static void launchApp(String[] args) {
        Application.launch(RehearseApp.class, args);
    }

    @Override
    public void start(Stage stage) throws IOException {
        Path root = DataDirectory.resolve(dataDirArgument());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        try {
            services = AppServices.open(new DataLayout(root), clock);
        } catch (DirectoryInUseException e) {
            showStartupError(stage, e.getMessage());
            return;
        } catch (IOException e) {
            showStartupError(stage, "Rehearse cannot use " + root + " for your data: " + describe(e)
                    + "\n\nChoose another folder with --data-dir, or move what is in the way.");
            return;
        }
        dialogs = new FxDialogs(() -> stage);
        Dialogs asking = Dialogs.forwardingTo(() -> dialogs);
        MainShell shell = shell(services, asking);
        Scene scene = new Scene(shell, 1280, 820);
        scene.getStylesheets().add(STYLESHEET);
        stage.setTitle(TITLE);
        stage.setMinWidth(980);
        stage.setMinHeight(640);
        stage.setScene(scene);
        closing = false;
        stage.setOnCloseRequest(event -> {
            if (closing) {
                return;
            }
            event.consume();
            shell.closeRequested(() -> {
                closing = true;
                stage.close();
            });
        });
        stage.show();
        services.ready().whenCompleteAsync((loaded, failure) -> IdleWarmup.start(scene.getStylesheets(), asking,
                services.tasks()), services.tasks().fx());
    }

    /** Wires the pages: each gets only the services it uses. */
    private MainShell shell(AppServices app, Dialogs asking) {
        UiTasks tasks = app.tasks();
        GradingScreens grading = new GradingScreens(app, app, app.sessions(), tasks, clock, app, asking);
        PracticeView.Services practice = new PracticeView.Services(app, app, app, app.sessions(), app.stories(), app.loops(), grading,
                tasks, clock, app, asking, app);
        BankView.Services bank = new BankView.Services(app, app, tasks, clock, asking);
        HistoryPages.Services history = new HistoryPages.Services(app.layout(), app.sessions(), app, app, grading, tasks,
                app, asking);
        StoriesView.Services stories = new StoriesView.Services(app.stories(), app, app, tasks, clock, asking);
        TodayView.Services today = new TodayView.Services(app, app, app, app.loops(), tasks, clock);
        return new MainShell(app, app, asking, practice, bank, history, stories, today);
    }

    /** Answers the app's dialogs some other way from now on: for tests, which cannot drive native file choosers. */
    public void useDialogs(Dialogs replacement) {
        dialogs = replacement;
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
            services = null;
        }
    }

    /** The services of a started app, for tests that need to reach behind the window. */
    public AppServices services() {
        return services;
    }

    private Optional<String> dataDirArgument() {
        Parameters parameters = getParameters();
        if (parameters == null) {
            return Optional.empty();
        }
        Map<String, String> named = parameters.getNamed();
        return Optional.ofNullable(named.get("data-dir"));
    }

    private static String describe(IOException e) {
        String what = e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
                ? "a file is where a folder should be" : e.getClass().getSimpleName();
        return what + " (" + e.getMessage() + ")";
    }

    private static void showStartupError(Stage stage, String text) {
        Label message = new Label(text);
        message.setWrapText(true);
        message.setId("startupError");
        Button quit = new Button("Quit");
        quit.setDefaultButton(true);
        quit.setOnAction(event -> stage.close());
        VBox box = new VBox(16, message, quit);
        box.setPadding(new Insets(24));
        Scene scene = new Scene(box, 600, 240);
        scene.getStylesheets().add(STYLESHEET);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();
    }
}

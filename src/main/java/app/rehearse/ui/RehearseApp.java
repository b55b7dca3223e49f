package app.rehearse.ui;

import app.rehearse.storage.DataDirectory;
import app.rehearse.storage.DataLayout;
import app.rehearse.ui.shell.MainShell;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
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
 * The composition root: resolves the data directory, builds the services and the shell.
 * Tests start it with {@code new RehearseApp().start(stage)} after setting {@code rehearse.home}.
 */
public class RehearseApp extends Application {
    public static final String TITLE = "Rehearse";
    private static final String STYLESHEET = "/app/rehearse/ui/rehearse.css";

    private AppServices services;
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
            services = AppServices.open(new DataLayout(root));
        } catch (DirectoryInUseException e) {
            showStartupError(stage, e.getMessage());
            return;
        } catch (IOException e) {
            showStartupError(stage, "Rehearse cannot use " + root + " for your data: " + describe(e)
                    + "\n\nChoose another folder with --data-dir, or move what is in the way.");
            return;
        }
        MainShell shell = new MainShell(services);
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

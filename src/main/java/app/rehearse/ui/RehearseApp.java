package app.rehearse.ui;

import app.rehearse.practice.Appearance;
import app.rehearse.storage.BundledResources;
import app.rehearse.storage.DataDirectory;
import app.rehearse.storage.DataLayout;
import app.rehearse.ui.bank.BankView;
import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.FxDialogs;
import app.rehearse.ui.common.Looks;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.grading.GradingScreens;
import app.rehearse.ui.practice.PracticeView;
import app.rehearse.ui.settings.SystemLook;
import app.rehearse.ui.shell.HistoryPages;
import app.rehearse.ui.shell.IdleWarmup;
import app.rehearse.ui.shell.MainShell;
import app.rehearse.ui.shell.StartupClasses;
import app.rehearse.ui.stories.StoriesView;
import app.rehearse.ui.today.TodayView;
import atlantafx.base.theme.PrimerLight;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The composition root: resolves the data directory, builds the services once and hands each page
 * only what it uses. JavaFX's launcher calls {@link #init} first, which opens the data folder off the UI thread;
 * tests may start it with {@code new RehearseApp().start(stage)} alone after setting {@code rehearse.home}.
 */
public class RehearseApp extends Application {
    public static final String TITLE = "Rehearse";
    private static final String STYLESHEET = "/app/rehearse/ui/rehearse.css";

    /** How long the system may take to say whether it is dark before the window opens light. */
    private static final long SYSTEM_LOOK_BUDGET_MS = 400;
    private static final long SELF_TEST_LIMIT_S = 60;
    private static volatile int selfTestExit;

    private final Clock clock = Clock.systemUTC();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    // Written by init() on the launcher's thread; JavaFX starts start() on the UI thread after init() returns.
    private volatile AppServices services;
    private volatile String startupProblem;
    private volatile CompletableFuture<Boolean> systemDark;
    private Dialogs dialogs;
    private Looks looks;
    private boolean closing;

    public RehearseApp() {
        // Public no-arg constructor for the launcher and for tests.
    }

    /**
     * Opens the window; called by the command line with its own arguments. Returns when the app has closed: with
     * {@code --self-test=true}, 0 once the window was ready, 1 when it never was.
     */
    public static int launchApp(String[] args) {
        Application.launch(RehearseApp.class, args);
        return selfTestExit;
    }

    /**
     * Runs on JavaFX's launcher thread before {@link #start}, while the UI thread is idle: the theme, handed to the
     * UI thread from here, is parsed there meanwhile, and the data folder opens here, beside it.
     */
    @Override
    public void init() {
        prepare();
    }

    /** Everything the window needs that is not the window; tests that call {@link #start} alone get it there. */
    private void prepare() {
        StartupClasses.startLoading();
        // Asked first, as the system's tool may take a while to answer and most looks follow the system.
        systemDark = SystemLook.ask();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        Path root = DataDirectory.resolve(dataDirArgument());
        try {
            services = AppServices.open(new DataLayout(root), clock);
        } catch (DirectoryInUseException e) {
            startupProblem = e.getMessage();
        } catch (IOException e) {
            startupProblem = "Rehearse cannot use " + root + " for your data: " + describe(e)
                    + "\n\nChoose another folder with --data-dir, or move what is in the way.";
        }
    }

    @Override
    public void start(Stage stage) {
        if (services == null && startupProblem == null) {
            prepare();
        }
        if (startupProblem != null) {
            showStartupError(stage, startupProblem);
            return;
        }
        dialogs = new FxDialogs(() -> stage);
        Dialogs asking = Dialogs.forwardingTo(() -> dialogs);
        looks = new Looks();
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
        AppServices app = services;
        // Shown once its look is known, so a dark window never flashes light; the FX thread does not wait for it.
        app.whenSettingsReady(settings -> systemLook(settings.appearance(), systemDark).thenAcceptAsync(dark -> {
            looks.use(settings.appearance(), dark);
            looks.style(scene);
            stage.show();
            afterFirstFrame(() -> {
                // Decoding the icons beside the window's first build slowed it on two cores; a frame later is as good.
                app.tasks().run(RehearseApp::icons, stage.getIcons()::setAll, app::reportProblem);
                app.startLoadingBank();
                shell.showFirstPage();
                app.ready().whenCompleteAsync((loaded, failure) -> {
                    if (failure == null) {
                        ready.complete(null);
                    } else {
                        ready.completeExceptionally(failure);
                    }
                    IdleWarmup.start(scene.getStylesheets(), asking, app.tasks());
                }, app.tasks().fx());
            });
        }, app.tasks().fx()));
        app.onSettingsChanged(settings -> {
            // The system is asked again when the user turns to following it, not at every other change.
            if (settings.appearance().theme() == Appearance.Theme.SYSTEM
                    && looks.appearance().theme() != Appearance.Theme.SYSTEM) {
                SystemLook.ask().thenAcceptAsync(dark -> looks.use(settings.appearance(), dark), app.tasks().fx());
            } else {
                looks.use(settings.appearance(), looks.systemPrefersDark());
            }
        });
        if (selfTest()) {
            selfTestExit = 1;
            ready.orTimeout(SELF_TEST_LIMIT_S, TimeUnit.SECONDS).whenCompleteAsync((done, failure) -> {
                System.out.println(failure == null ? "Rehearse self-test: the window is ready."
                        : "Rehearse self-test: the window did not get ready: " + failure);
                selfTestExit = failure == null ? 0 : 1;
                Platform.exit();
            }, app.tasks().fx());
        }
    }

    /**
     * Runs {@code step} at the start of the second pulse after now, once the first has drawn the window: the frame
     * of the window shows at once and its first page follows, instead of the window waiting for the page.
     */
    private static void afterFirstFrame(Runnable step) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    step.run();
                }
            }
        }.start();
    }

    /** The window's icon at the sizes desktops ask for, read off the FX thread. */
    private static List<Image> icons() throws IOException {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 48, 256}) {
            byte[] png = BundledResources.read("/app/rehearse/ui/icon/rehearse-" + size + ".png");
            icons.add(new Image(new ByteArrayInputStream(png)));
        }
        return icons;
    }

    /** Whether the system is dark, asked only when the look follows it and only for a moment. */
    private static CompletableFuture<Boolean> systemLook(Appearance appearance, CompletableFuture<Boolean> asked) {
        if (appearance.theme() != Appearance.Theme.SYSTEM) {
            return CompletableFuture.completedFuture(false);
        }
        return asked.completeOnTimeout(false, SYSTEM_LOOK_BUDGET_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Completes once the window is shown in its look with its first page, and the bank, the draw memory and the
     * settings are loaded: the state tests and {@code --self-test} wait for, never a half-built window. It fails when
     * one of them could not load at all.
     */
    public CompletableFuture<Void> ready() {
        return ready;
    }

    /** The look of every window, for tests and the settings. */
    public Looks looks() {
        return looks;
    }

    /** Wires the pages: each gets only the services it uses. */
    private MainShell shell(AppServices app, Dialogs asking) {
        UiTasks tasks = app.tasks();
        GradingScreens grading = new GradingScreens(app, app, app, app.sessions(), tasks, clock, app, asking);
        PracticeView.Services practice = new PracticeView.Services(app, app, app, app.sessions(), app.stories(), app.loops(), grading,
                tasks, clock, app, asking, app);
        BankView.Services bank = new BankView.Services(app, app, tasks, clock, asking, looks.textScaleProperty());
        HistoryPages.Services history = new HistoryPages.Services(app.layout(), app.sessions(), app, app, grading, tasks,
                app, asking, looks.textScaleProperty());
        StoriesView.Services stories = new StoriesView.Services(app.stories(), app, app, tasks, clock, asking);
        TodayView.Services today = new TodayView.Services(app, app, app, app.loops(), tasks, clock);
        return new MainShell(new MainShell.Services(app, app.layout().root(), tasks), app, app, asking, practice, bank,
                history, stories, today);
    }

    /** Answers the app's dialogs some other way from now on: for tests, which cannot drive native file choosers. */
    public void useDialogs(Dialogs replacement) {
        dialogs = replacement;
    }

    @Override
    public void stop() {
        if (looks != null) {
            looks.close();
            looks = null;
        }
        if (services != null) {
            services.close();
            services = null;
        }
    }

    /** The services of a started app, for tests that need to reach behind the window. */
    public AppServices services() {
        return services;
    }

    private boolean selfTest() {
        Parameters parameters = getParameters();
        return parameters != null && "true".equals(parameters.getNamed().get("self-test"));
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

    private void showStartupError(Stage stage, String text) {
        if (selfTest()) {
            System.err.println("Rehearse self-test: " + text);
            selfTestExit = 1;
            Platform.exit();
            return;
        }
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

package app.rehearse.ui;

import app.rehearse.bank.BankFile;
import app.rehearse.bank.BankSources;
import app.rehearse.bank.CustomPacks;
import app.rehearse.bank.PromptDrawer;
import app.rehearse.bank.QuestionBank;
import app.rehearse.grading.ChecklistCustomisation;
import app.rehearse.history.HistoryIndex;
import app.rehearse.practice.PlanSettingsStore;
import app.rehearse.practice.SessionRepository;
import app.rehearse.storage.Backups;
import app.rehearse.storage.DataLayout;
import app.rehearse.storage.DirectoryLock;
import app.rehearse.bank.FileDrawMemory;
import app.rehearse.ui.common.FolderChooser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The app's long-lived services, built once by {@link RehearseApp} and handed to views by constructor. */
public final class AppServices implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AppServices.class.getName());

    private final DataLayout layout;
    private final DirectoryLock lock;
    private final ScheduledExecutorService io;
    private final CustomPacks customPacks;
    private final CompletableFuture<QuestionBank> bankLoading;
    private CompletableFuture<ChecklistCustomisation> checklists;
    private CompletableFuture<HistoryIndex> history;
    private volatile QuestionBank bank;
    private final List<Consumer<QuestionBank>> bankListeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<PromptDrawer> drawer;
    private final Clock clock = Clock.systemUTC();
    private final SessionRepository sessions;
    private final PlanSettingsStore settings;
    private volatile app.rehearse.practice.PlanSettings planSettings;
    private volatile List<BankFile> shipped;
    private final List<Runnable> beforeClose = new CopyOnWriteArrayList<>();
    private volatile FolderChooser folderChooser = FolderChooser.system();

    private AppServices(DataLayout layout, DirectoryLock lock) {
        this.layout = layout;
        this.lock = lock;
        ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rehearse-io");
            t.setDaemon(true);
            return t;
        });
        // Closing runs the last saves itself; timers still waiting then (debounces, deferred start-up work) are dropped.
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.io = writer;
        this.customPacks = new CustomPacks(this::readOnlyBankFiles, layout.questions(),
                new Backups(layout.backups(), clock.withZone(ZoneId.systemDefault())));
        this.bankLoading = CompletableFuture.supplyAsync(this::loadBank, io);
        this.drawer = bankLoading.thenApplyAsync(
                bank -> new PromptDrawer(FileDrawMemory.open(layout.drawHistory(), io), new Random()), io);
        this.sessions = new SessionRepository(layout.sessions(), layout.trash(), ZoneId.systemDefault());
        this.settings = new PlanSettingsStore(layout.settings());
        io.execute(this::planSettings);
        // Out of the way of the first window; anything that needs these sooner starts them itself.
        io.schedule(this::startBackgroundWork, 1, TimeUnit.SECONDS);
    }

    /**
     * Starts the work the first window does not need (the user's checklist, the history index),
     * so that it does not compete with opening the window. Runs a second after start-up;
     * asking for either service starts it at once.
     */
    public synchronized void startBackgroundWork() {
        if (checklists != null) {
            return;
        }
        checklists = bankLoading.thenApplyAsync(bank -> {
            try {
                return ChecklistCustomisation.open(layout, bank);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, io);
        history = checklists.thenApplyAsync(ignored -> {
            try {
                return HistoryIndex.open(layout);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, io);
    }

    /** Completes on the writer thread when the bank has loaded for the first time. */
    public CompletableFuture<QuestionBank> bankReady() {
        return bankLoading;
    }

    /** Opens the data directory, or throws {@link DirectoryInUseException} when another Rehearse owns it. */
    public static AppServices open(DataLayout layout) throws IOException {
        DirectoryLock lock = DirectoryLock.tryAcquire(layout.lockFile())
                .orElseThrow(() -> new DirectoryInUseException(layout.root()));
        return new AppServices(layout, lock);
    }

    private QuestionBank loadBank() {
        QuestionBank loaded = customPacks.load();
        loaded.skipped().forEach(s -> LOG.warning("skipped " + s.source() + ": " + s.problems()));
        return loaded;
    }

    /** Bank files the user's pack editing never writes: the shipped bank (read once) and the user's checklists. */
    private List<BankFile> readOnlyBankFiles() {
        if (shipped == null) {
            shipped = BankSources.shipped();
        }
        List<BankFile> files = new ArrayList<>(shipped);
        files.addAll(BankSources.folder(layout.checklists(), BankFile.Origin.CUSTOM));
        return files;
    }

    public DataLayout layout() {
        return layout;
    }

    /** The bank as last loaded; loading started when the services were built, in parallel with building the window. */
    public QuestionBank bank() {
        QuestionBank current = bank;
        return current != null ? current : bankLoading.join();
    }

    /** The user's packs on disk; call its methods on {@link #io()}, then hand the resulting bank to {@link #bankChanged}. */
    public CustomPacks customPacks() {
        return customPacks;
    }

    /** Reads every pack again (files dropped in by hand, fixed typos) and tells the listeners, on the FX thread. */
    public CompletableFuture<QuestionBank> reloadBank() {
        return CompletableFuture.supplyAsync(this::loadBank, io).thenApplyAsync(this::bankChanged, Platform::runLater);
    }

    /** Makes {@code changed} the bank every view sees and tells the listeners; call on the FX thread. */
    public QuestionBank bankChanged(QuestionBank changed) {
        bank = changed;
        bankListeners.forEach(listener -> listener.accept(changed));
        return changed;
    }

    /** Called on the FX thread with the new bank whenever it changes (an edit, an import, a reload). */
    public void onBankChanged(Consumer<QuestionBank> listener) {
        bankListeners.add(listener);
    }

    /** The user's view of the trade-off checklist: shipped and own dimensions, hidden ones, renamed ones. */
    public ChecklistCustomisation checklists() {
        startBackgroundWork();
        return checklists.join();
    }

    /** The index of past sessions; it opens in the background after the bank, so views wait for it. */
    public CompletableFuture<HistoryIndex> history() {
        startBackgroundWork();
        return history;
    }

    /** The drawer, which remembers past draws; ready shortly after the bank. */
    public PromptDrawer drawer() {
        return drawer.join();
    }

    /** The single background thread for file work, so the FX thread never waits on a disk. */
    public ScheduledExecutorService io() {
        return io;
    }

    public Clock clock() {
        return clock;
    }

    /** Asks the user for a folder (exports); the native dialog unless {@link #useFolderChooser} replaced it. */
    public FolderChooser folderChooser() {
        return (owner, title) -> folderChooser.choose(owner, title);
    }

    /** Replaces the native folder dialog, which tests cannot drive. */
    public void useFolderChooser(FolderChooser chooser) {
        this.folderChooser = chooser;
    }

    public SessionRepository sessions() {
        return sessions;
    }

    public PlanSettingsStore settings() {
        return settings;
    }

    /** The user's session settings, read once (a small file) and kept up to date by {@link #updatePlanSettings}. */
    public app.rehearse.practice.PlanSettings planSettings() {
        if (planSettings == null) {
            planSettings = settings.load();
        }
        return planSettings;
    }

    /** Keeps new settings and writes them in the background. */
    public void updatePlanSettings(app.rehearse.practice.PlanSettings updated) {
        planSettings = updated;
        io.execute(() -> {
            try {
                settings.save(updated);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not save settings", e);
            }
        });
    }

    /** Runs {@code step} when the app closes, before background writes are drained (e.g. a last autosave). */
    public void beforeClose(Runnable step) {
        beforeClose.add(step);
    }

    @Override
    public void close() {
        for (Runnable step : beforeClose) {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a closing step failed", e);
            }
        }
        io.shutdown();
        try {
            if (!io.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("some background writes did not finish within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            lock.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not release the data directory lock", e);
        }
    }
}

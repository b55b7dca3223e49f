package app.rehearse.ui;

import app.rehearse.bank.BankFile;
import app.rehearse.bank.BankSources;
import app.rehearse.bank.CustomPacks;
import app.rehearse.bank.FileDrawMemory;
import app.rehearse.bank.PromptDrawer;
import app.rehearse.bank.QuestionBank;
import app.rehearse.grading.ChecklistCustomisation;
import app.rehearse.history.HistoryIndex;
import app.rehearse.plan.LoopStore;
import app.rehearse.practice.PlanSettings;
import app.rehearse.practice.PlanSettingsStore;
import app.rehearse.practice.SessionRepository;
import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.Backups;
import app.rehearse.storage.DataLayout;
import app.rehearse.storage.DirectoryLock;
import app.rehearse.stories.StoryRepository;
import app.rehearse.ui.common.BankState;
import app.rehearse.ui.common.ClosingSteps;
import app.rehearse.ui.common.PastWork;
import app.rehearse.ui.common.Problems;
import app.rehearse.ui.common.SettingsState;
import app.rehearse.ui.common.UiTasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app's long-lived state and its one background thread, built once by {@link RehearseApp}, which
 * hands each page only the parts it uses ({@link BankState}, {@link SettingsState}, {@link PastWork},
 * {@link Problems}, ...). Nothing here blocks the caller: what loads in the background (the bank, the
 * drawer, the checklists, the history, the settings) is offered as "when ready" and arrives on the FX thread.
 */
public final class AppServices implements BankState, SettingsState, PastWork, Problems, ClosingSteps, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AppServices.class.getName());
    /** Deep enough for sessions/<id>/notes.md and backups, not a walk of anything the user put in there. */
    private static final int LEFTOVER_DEPTH = 3;

    private final DataLayout layout;
    private final DirectoryLock lock;
    private final ScheduledExecutorService io;
    private final UiTasks tasks;
    private final CustomPacks customPacks;
    private final CompletableFuture<Void> bankWanted = new CompletableFuture<>();
    private final CompletableFuture<QuestionBank> bankLoading;
    private CompletableFuture<ChecklistCustomisation> checklists;
    private CompletableFuture<HistoryIndex> history;
    private volatile QuestionBank bank;
    private final List<Consumer<QuestionBank>> bankListeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<PromptDrawer> drawer;
    private final Clock clock;
    private final SessionRepository sessions;
    private final StoryRepository stories;
    private final LoopStore loops;
    private final PlanSettingsStore settings;
    private final CompletableFuture<PlanSettings> settingsLoading;
    private volatile PlanSettings planSettings;
    private volatile List<BankFile> shipped;
    private final List<Runnable> beforeClose = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> problemListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<PlanSettings>> settingsListeners = new CopyOnWriteArrayList<>();

    private AppServices(DataLayout layout, DirectoryLock lock, Clock clock) {
        this.layout = layout;
        this.lock = lock;
        this.clock = clock;
        ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rehearse-io");
            t.setDaemon(true);
            return t;
        });
        // Closing runs the last saves itself; timers still waiting then (debounces, deferred start-up work) are dropped.
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.io = writer;
        this.tasks = UiTasks.onFxThread(io);
        Backups backups = new Backups(layout.backups(), clock.withZone(ZoneId.systemDefault()));
        this.customPacks = new CustomPacks(this::readOnlyBankFiles, layout.questions(), backups);
        this.sessions = new SessionRepository(layout.sessions(), layout.trash(), ZoneId.systemDefault());
        this.stories = new StoryRepository(layout.stories(), backups);
        this.loops = new LoopStore(layout.loops());
        this.settings = new PlanSettingsStore(layout.settings());
        // The window waits for its settings only; the bank is read once the window asks for it (startLoadingBank).
        this.settingsLoading = CompletableFuture.supplyAsync(() -> {
            PlanSettings loaded = settings.load();
            planSettings = loaded;
            return loaded;
        }, io);
        this.bankLoading = bankWanted.thenApplyAsync(wanted -> loadBank(), io);
        this.drawer = bankLoading.thenApplyAsync(
                loaded -> new PromptDrawer(FileDrawMemory.open(layout.drawHistory(), io, backups), new Random()), io);
        io.execute(this::removeLeftoverTemps);
        // Out of the way of the first window; anything that needs these sooner starts them itself.
        io.schedule(this::startBackgroundWork, 1, TimeUnit.SECONDS);
    }

    /**
     * Starts reading the question bank, once. The window asks for it when its frame has been drawn: parsing the
     * bank beside the window's build slowed the first window by about a fifth on two cores.
     */
    public void startLoadingBank() {
        bankWanted.complete(null);
    }

    /**
     * Starts the work the first window does not need (the user's checklist, the history index),
     * so that it does not compete with opening the window. Runs a second after start-up;
     * asking for either service starts it at once. The two are independent: one failing never
     * holds up the other.
     */
    public synchronized void startBackgroundWork() {
        if (checklists != null) {
            return;
        }
        checklists = bankLoading.thenApplyAsync(loaded -> ChecklistCustomisation.open(layout, loaded), io);
        history = CompletableFuture.supplyAsync(() -> {
            try {
                return HistoryIndex.open(layout);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io);
    }

    /** Opens the data directory, or throws {@link DirectoryInUseException} when another Rehearse owns it. */
    public static AppServices open(DataLayout layout, Clock clock) throws IOException {
        DirectoryLock lock = DirectoryLock.tryAcquire(layout.lockFile())
                .orElseThrow(() -> new DirectoryInUseException(layout.root()));
        return new AppServices(layout, lock, clock);
    }

    private QuestionBank loadBank() {
        QuestionBank loaded = customPacks.load();
        loaded.skipped().forEach(s -> LOG.warning("skipped " + s.source() + ": " + s.problems()));
        bank = loaded;
        return loaded;
    }

    /** Writes a crash interrupted leave temporary files; this app holds the lock, so none is in use. */
    private void removeLeftoverTemps() {
        try {
            int removed = AtomicFiles.removeLeftoverTemps(layout.root(), LEFTOVER_DEPTH);
            if (removed > 0) {
                LOG.info("removed " + removed + " temporary files left by an interrupted write");
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not look for leftover temporary files", e);
        }
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

    public StoryRepository stories() {
        return stories;
    }

    public LoopStore loops() {
        return loops;
    }

    public DataLayout layout() {
        return layout;
    }

    /** Runs background work and brings its outcome back to the FX thread. */
    public UiTasks tasks() {
        return tasks;
    }

    // Readiness: each "when ready" runs its step on the FX thread, at once when the thing is already there.

    /**
     * Completes once everything the first page uses has loaded: the bank, the drawer and the
     * settings; asking for it starts reading the bank. The app's own "ready" waits for it.
     */
    public CompletableFuture<Void> ready() {
        startLoadingBank();
        return CompletableFuture.allOf(bankLoading, drawer, settingsLoading);
    }

    /**
     * Starts the background work at once and completes when it is done, failed or not: the checklists
     * and the history. For tests, which must not drive a grading screen before its checklist is there.
     */
    public CompletableFuture<Void> backgroundSettled() {
        startBackgroundWork();
        return CompletableFuture.allOf(checklists, history).handle((ok, failure) -> null);
    }

    /** The bank as last loaded, or empty while the first load is still running. */
    @Override
    public Optional<QuestionBank> currentBank() {
        return Optional.ofNullable(bank);
    }

    /** Runs {@code step} with the current bank on the FX thread once it has loaded. */
    @Override
    public void whenBankReady(Consumer<QuestionBank> step) {
        tasks.when(bankLoading, loaded -> step.accept(bank), this::reportProblem);
    }

    /** The drawer, which remembers past draws; ready shortly after the bank. */
    @Override
    public Optional<PromptDrawer> drawer() {
        return Optional.ofNullable(drawer.getNow(null));
    }

    /** Runs {@code step} on the FX thread once both the bank and the drawer are ready. */
    @Override
    public void whenDrawerReady(Runnable step) {
        tasks.when(drawer, ready -> step.run(), this::reportProblem);
    }

    /** The user's packs on disk; call its methods through {@link #tasks()}, then hand the resulting bank to {@link #bankChanged}. */
    @Override
    public CustomPacks customPacks() {
        return customPacks;
    }

    /** Makes {@code changed} the bank every view sees and tells the listeners; call on the FX thread. */
    @Override
    public QuestionBank bankChanged(QuestionBank changed) {
        bank = changed;
        bankListeners.forEach(listener -> listener.accept(changed));
        return changed;
    }

    /** Called on the FX thread with the new bank whenever it changes (an edit, an import, a reload). */
    @Override
    public void onBankChanged(Consumer<QuestionBank> listener) {
        bankListeners.add(listener);
    }

    /**
     * Runs {@code step} on the FX thread with the user's view of the trade-off checklist (shipped and
     * own dimensions, hidden ones, renamed ones). Files that could not be read are in its problems.
     */
    @Override
    public void whenChecklistsReady(Consumer<ChecklistCustomisation> step, Consumer<Exception> onFailure) {
        startBackgroundWork();
        tasks.when(checklists, step, onFailure);
    }

    /** The index of past sessions; it opens in the background, so views wait for it. */
    @Override
    public CompletableFuture<HistoryIndex> history() {
        startBackgroundWork();
        return history;
    }

    public Clock clock() {
        return clock;
    }

    public SessionRepository sessions() {
        return sessions;
    }

    /** Runs {@code step} on the FX thread with the user's session settings once they have been read. */
    @Override
    public void whenSettingsReady(Consumer<PlanSettings> step) {
        tasks.when(settingsLoading, loaded -> step.accept(planSettings), this::reportProblem);
    }

    /** Completes when the settings have been read; for tests that check what was saved. */
    public CompletableFuture<PlanSettings> planSettingsReady() {
        return settingsLoading.thenApply(loaded -> planSettings);
    }

    @Override
    public void changeSettings(UnaryOperator<PlanSettings> change) {
        whenSettingsReady(current -> {
            PlanSettings updated = change.apply(current);
            if (updated.equals(current)) {
                return;
            }
            planSettings = updated;
            tasks.run(() -> settings.save(updated), e -> reportProblem(new IOException(
                    "Your settings are in use but could not be saved: " + e.getMessage(), e)));
            settingsListeners.forEach(listener -> listener.accept(updated));
        });
    }

    @Override
    public void onSettingsChanged(Consumer<PlanSettings> listener) {
        settingsListeners.add(listener);
    }

    // Problems the user must hear about, wherever they happen

    /** Called on the FX thread with a sentence for the user whenever background work fails. */
    @Override
    public void onProblem(Consumer<String> listener) {
        problemListeners.add(listener);
    }

    /** Tells the user (through the shell's notice) and the log; call on the FX thread. */
    @Override
    public void reportProblem(Exception problem) {
        LOG.log(Level.WARNING, problem.getMessage(), problem);
        String message = problem.getMessage() == null ? problem.toString() : problem.getMessage();
        problemListeners.forEach(listener -> listener.accept(message));
    }

    /** Runs {@code step} when the app closes, before background writes are drained (e.g. a last autosave). */
    @Override
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

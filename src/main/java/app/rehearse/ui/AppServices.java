package app.rehearse.ui;

import app.rehearse.bank.BankFile;
import app.rehearse.bank.BankLoader;
import app.rehearse.bank.BankSources;
import app.rehearse.bank.PromptDrawer;
import app.rehearse.bank.QuestionBank;
import app.rehearse.storage.DataLayout;
import app.rehearse.storage.DirectoryLock;
import app.rehearse.storage.FileDrawMemory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The app's long-lived services, built once by {@link RehearseApp} and handed to views by constructor. */
public final class AppServices implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AppServices.class.getName());

    private final DataLayout layout;
    private final DirectoryLock lock;
    private final ExecutorService io;
    private final CompletableFuture<QuestionBank> bankLoading;
    private final PromptDrawer drawer;

    private AppServices(DataLayout layout, DirectoryLock lock) {
        this.layout = layout;
        this.lock = lock;
        this.io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rehearse-io");
            t.setDaemon(true);
            return t;
        });
        this.bankLoading = CompletableFuture.supplyAsync(this::loadBank, io);
        this.drawer = new PromptDrawer(FileDrawMemory.open(layout.drawHistory(), io), new Random());
    }

    /** Opens the data directory, or throws {@link DirectoryInUseException} when another Rehearse owns it. */
    public static AppServices open(DataLayout layout) throws IOException {
        DirectoryLock lock = DirectoryLock.tryAcquire(layout.lockFile())
                .orElseThrow(() -> new DirectoryInUseException(layout.root()));
        return new AppServices(layout, lock);
    }

    private QuestionBank loadBank() {
        List<BankFile> files = new ArrayList<>(BankSources.shipped());
        files.addAll(BankSources.folder(layout.checklists(), BankFile.Origin.CUSTOM));
        files.addAll(BankSources.folder(layout.questions(), BankFile.Origin.CUSTOM));
        QuestionBank bank = new BankLoader().load(files);
        bank.skipped().forEach(s -> LOG.warning("skipped " + s.source() + ": " + s.problems()));
        return bank;
    }

    public DataLayout layout() {
        return layout;
    }

    /** The bank; loading started when the services were built, in parallel with building the window. */
    public QuestionBank bank() {
        return bankLoading.join();
    }

    public PromptDrawer drawer() {
        return drawer;
    }

    /** The single background thread for file work, so the FX thread never waits on a disk. */
    public ExecutorService io() {
        return io;
    }

    @Override
    public void close() {
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

package app.rehearse.ui.common;

import app.rehearse.bank.CustomPacks;
import app.rehearse.bank.PromptDrawer;
import app.rehearse.bank.QuestionBank;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The question bank as the pages see it: loaded in the background at start, changed by the bank
 * page, and offered "when ready" on the FX thread instead of being waited for.
 */
public interface BankState {

    /** The bank as last loaded, or empty while the first load is still running. */
    Optional<QuestionBank> currentBank();

    /** Runs {@code step} with the current bank on the FX thread once it has loaded. */
    void whenBankReady(Consumer<QuestionBank> step);

    /** The drawer, which remembers past draws; ready shortly after the bank. */
    Optional<PromptDrawer> drawer();

    /** Runs {@code step} on the FX thread once both the bank and the drawer are ready. */
    void whenDrawerReady(Runnable step);

    /** The user's packs on disk; call its methods in the background, then hand the resulting bank to {@link #bankChanged}. */
    CustomPacks customPacks();

    /** Makes {@code changed} the bank every view sees and tells the listeners; call on the FX thread. */
    QuestionBank bankChanged(QuestionBank changed);

    /** Called on the FX thread with the new bank whenever it changes (an edit, an import, a reload). */
    void onBankChanged(Consumer<QuestionBank> listener);
}

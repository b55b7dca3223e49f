package app.rehearse.ui.common;

import java.util.function.Consumer;

/** Problems the user must hear about, wherever they happen: the shell shows each in its notice. */
public interface Problems {

    /** Tells the user (through the shell's notice) and the log; call on the FX thread. */
    void reportProblem(Exception problem);

    /** Called on the FX thread with a sentence for the user whenever background work fails. */
    void onProblem(Consumer<String> listener);
}

package app.rehearse.history;

import java.util.Optional;

/**
 * What opening or refreshing the index did.
 *
 * @param reused folders whose files were unchanged, taken from the cache or memory
 * @param read folders read from disk (new, changed, or all of them on a rebuild)
 * @param removed folders that vanished since last time
 * @param cacheProblem why the cache could not be used (missing, damaged, other version); empty when it was
 * @param cacheWriteProblem why the cache could not be saved; the index still works, it is just rebuilt next time
 */
public record RefreshReport(int reused, int read, int removed, Optional<String> cacheProblem,
        Optional<String> cacheWriteProblem) {

    public boolean changed() {
        return read > 0 || removed > 0;
    }
}

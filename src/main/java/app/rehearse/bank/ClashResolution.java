package app.rehearse.bank;

/** What an import does with a question whose id the bank already has. */
public enum ClashResolution {
    /** Keep the question already in the bank; leave the incoming one out. */
    SKIP,
    /** Import the incoming question under a new id ({@code id-2}, {@code id-3}, ...). */
    RENAME,
    /** Import the incoming question in place of the user's own one, after a backup; shipped questions are never replaced, so those are renamed. */
    REPLACE
}

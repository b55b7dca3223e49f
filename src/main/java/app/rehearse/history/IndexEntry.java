package app.rehearse.history;

/** What the index knows about one session folder, with the stamps of the files it was read from. */
sealed interface IndexEntry permits IndexEntry.Readable, IndexEntry.Damaged {
    String name();

    FileStamp session();

    FileStamp notes();

    default boolean readFrom(FileStamp sessionNow, FileStamp notesNow) {
        return session().equals(sessionNow) && notes().equals(notesNow);
    }

    /** The same entry marked to be read again next time, as its files had only just changed. */
    IndexEntry unsettled();

    /**
     * @param words the numbers in the index's {@link Vocabulary} of the distinct normalised words of the
     *        title, tags, competency, notes and grade notes, ascending
     */
    record Readable(String name, FileStamp session, FileStamp notes, SessionSummary summary, int[] words)
            implements IndexEntry {
        @Override
        public IndexEntry unsettled() {
            return new Readable(name, FileStamp.UNSETTLED, notes, summary, words);
        }
    }

    record Damaged(String name, FileStamp session, FileStamp notes, String reason) implements IndexEntry {
        @Override
        public IndexEntry unsettled() {
            return new Damaged(name, FileStamp.UNSETTLED, notes, reason);
        }
    }
}

/**
 * Past sessions: a small incremental index over the session folders (which stay the truth),
 * instant full-text search, progress statistics, each question's practice record, Markdown export and
 * the trash. No JavaFX here.
 */
package app.rehearse.history;

/**
 * Past sessions: a small incremental index over the session folders (which stay the truth),
 * instant full-text search, progress statistics, Markdown export and the trash. No JavaFX here.
 */
package app.rehearse.history;

/** The History page: search and filter past sessions, review, replay, compare, grade again, export and delete. */
package app.rehearse.ui.history;

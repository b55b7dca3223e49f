/** A practice session: its phase plan, the clock, hints and follow-ups, the notes timeline, and its files. */
package app.rehearse.practice;

/** The Practice page: drawing a prompt and running a timed session with notes and the whiteboard. */
package app.rehearse.ui.practice;

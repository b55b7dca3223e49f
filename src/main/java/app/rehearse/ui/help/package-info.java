/** Help: the keyboard shortcuts and how a session works, opened with F1 or the help button. */
package app.rehearse.ui.help;

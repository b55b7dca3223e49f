/** Settings: the app's look, practice defaults, session plans and where the data lives. */
package app.rehearse.ui.settings;

/** The window's frame: navigation, the pages, and notices for problems anywhere in the app. */
package app.rehearse.ui.shell;

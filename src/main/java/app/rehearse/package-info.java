/** The entry point: command-line subcommands, or the window when there are none. */
package app.rehearse;

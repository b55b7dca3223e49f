/** Command-line entry points: validate packs, and the switch that opens the app. */
package app.rehearse.cli;

/** The Progress page: scores over time, the practice calendar and streak, and the weakest areas. */
package app.rehearse.ui.progress;

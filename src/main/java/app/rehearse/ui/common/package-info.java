/** Pieces every page shares: background work with results on the FX thread, confirmations, folder choice, the phase summary. */
package app.rehearse.ui.common;

/** The reference answer shown after an attempt: outline, diagram, senior and staff signals, pitfalls. */
package app.rehearse.ui.reference;

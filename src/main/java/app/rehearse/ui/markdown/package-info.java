/** Markdown rendered as JavaFX nodes, with no scripts and no remote loads. */
package app.rehearse.ui.markdown;

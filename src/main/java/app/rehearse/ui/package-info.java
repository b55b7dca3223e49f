/** The JavaFX app: the composition root, the shell, and one sub-package per feature. */
package app.rehearse.ui;

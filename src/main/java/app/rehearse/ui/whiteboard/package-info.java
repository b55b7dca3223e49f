/**
 * The whiteboard view: a toolbar, a stencil palette and a culled canvas over the JavaFX-free board
 * model, with the pointer and keyboard gestures kept in a plain, unit-tested editor.
 */
package app.rehearse.ui.whiteboard;

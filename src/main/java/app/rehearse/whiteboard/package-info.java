/**
 * The whiteboard document without any UI: shapes and their geometry, the board with its spatial index,
 * invertible commands with unlimited undo, the stamped change log and its replay, and the JSON codec.
 */
package app.rehearse.whiteboard;

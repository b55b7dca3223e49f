package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.ShapeId;
import java.util.Optional;

/**
 * A request to edit text in place: the text inside an existing shape, or (with no shape) a new
 * text label to create at {@code area}'s top-left corner.
 *
 * @param area where on the board the text sits, for placing the editor over it
 * @param freeText whether this is a free text label (left-aligned, sized to its text) rather than the
 *                 centred label of a shape
 */
record LabelEdit(Optional<ShapeId> shape, Rect area, String text, boolean freeText) {}

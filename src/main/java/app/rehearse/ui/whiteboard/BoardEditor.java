package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.BoardListener;
import app.rehearse.whiteboard.Command;
import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Delta;
import app.rehearse.whiteboard.Grid;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.Stencil;
import app.rehearse.whiteboard.Whiteboard;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The whiteboard's behaviour without any JavaFX: the current tool, the selection, the camera, and
 * (through {@link PointerInput}) the gesture in progress. The view feeds it pointer positions in
 * canvas pixels and key actions; it turns them into {@link Commands} on the {@link Whiteboard}
 * (one per gesture) and tells its listeners to repaint. Selection-wide edits live in
 * {@link SelectionActions}.
 */
final class BoardEditor {
    /** How close (screen pixels) the pointer must come to a shape to pick it. */
    static final double PICK_PIXELS = 6;
    /** The side of a resize handle, in screen pixels. */
    static final double HANDLE_PIXELS = 9;
    /** How far the pointer moves (screen pixels) before a press on a shape becomes a drag. */
    static final double DRAG_PIXELS = 3;
    /** The id given to shapes that are only being previewed. */
    static final ShapeId DRAFT = new ShapeId("draft");

    enum Button { PRIMARY, MIDDLE, SECONDARY }

    private final Whiteboard whiteboard;
    private final Board board;
    private final Camera camera = new Camera(this::changed);
    private final Grid grid = Grid.DEFAULT;
    private final TextMetrics metrics;
    private final boolean editable;
    private final Selection selection;
    private final PointerInput input = new PointerInput(this);
    private final SelectionActions actions = new SelectionActions(this);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final BoardListener boardListener = this::boardChanged;
    private Consumer<LabelEdit> labelEditor = edit -> {};
    private ShapeId editingLabel;
    private Tool tool = Tool.SELECT;
    private Stencil armed;
    private boolean sized;

    BoardEditor(Whiteboard whiteboard, TextMetrics metrics, boolean editable) {
        this.whiteboard = whiteboard;
        this.board = whiteboard.board();
        this.metrics = metrics;
        this.editable = editable;
        this.selection = new Selection(board);
        board.addListener(boardListener);
    }

    /** Stops listening to the board (the editor is done with). */
    void dispose() {
        board.removeListener(boardListener);
    }

    Whiteboard whiteboard() {
        return whiteboard;
    }

    Board board() {
        return board;
    }

    Camera camera() {
        return camera;
    }

    Grid grid() {
        return grid;
    }

    TextMetrics metrics() {
        return metrics;
    }

    boolean isEditable() {
        return editable;
    }

    PointerInput input() {
        return input;
    }

    SelectionActions actions() {
        return actions;
    }

    Tool tool() {
        return tool;
    }

    Optional<Stencil> armedStencil() {
        return Optional.ofNullable(armed);
    }

    Preview preview() {
        return input.preview();
    }

    Optional<ShapeId> hover() {
        return input.hoverId();
    }

    boolean isGesturing() {
        return input.isGesturing();
    }

    /** Board units that correspond to the pick distance at the current zoom. */
    double tolerance() {
        return camera.viewport().toBoardDistance(PICK_PIXELS);
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Who shows the in-place text editor when the user asks to edit a label. */
    void setLabelEditor(Consumer<LabelEdit> editor) {
        labelEditor = editor;
    }

    void changed() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    private void boardChanged(Delta delta) {
        selection.prune();
        input.forgetHoverUnless(board::contains);
        changed();
    }

    // ---- Tools and selection -------------------------------------------------------------------

    void setTool(Tool next) {
        input.cancel();
        armed = null;
        if (!editable && next != Tool.SELECT) {
            return;
        }
        if (next != Tool.SELECT) {
            selection.clear();
        }
        tool = next;
        changed();
    }

    /** The next click on the board places {@code stencil} (a palette tile was clicked). */
    void armStencil(Stencil stencil) {
        if (editable) {
            setTool(Tool.SELECT);
            selection.clear();
            armed = stencil;
            changed();
        }
    }

    /** Cancels what is in progress, else leaves the drawing tool, else clears the selection. */
    void escape() {
        if (input.cancel() || armed != null) {
            armed = null;
        } else if (tool != Tool.SELECT) {
            tool = Tool.SELECT;
        } else {
            selection.clear();
        }
        changed();
    }

    /** The selected ids in the order they were selected. */
    Set<ShapeId> selection() {
        return selection.ids();
    }

    List<Shape> selectedShapes() {
        return selection.shapes();
    }

    boolean isSelected(ShapeId id) {
        return selection.contains(id);
    }

    void addToSelection(ShapeId id) {
        selection.add(id);
    }

    void removeFromSelection(ShapeId id) {
        selection.remove(id);
    }

    void select(Collection<ShapeId> ids) {
        selection.set(ids);
        changed();
    }

    void selectAll() {
        setTool(Tool.SELECT);
        select(board.shapes().stream().map(Shape::id).toList());
    }

    Delta execute(Command command) {
        return whiteboard.execute(command);
    }

    /** Executes an edit that adds shapes and selects them. */
    Delta executeAndSelect(Command command) {
        Delta delta = whiteboard.execute(command);
        if (!delta.isEmpty()) {
            select(delta.resultIds());
        }
        return delta;
    }

    /** After a one-shot tool drew {@code delta}'s shape (already selected): back to Select. */
    void finishShape(Delta delta) {
        if (!delta.isEmpty() && tool.isOneShot()) {
            tool = Tool.SELECT;
            changed();
        }
    }

    Point snap(Pointer pointer) {
        return pointer.snaps() ? grid.snap(pointer.board()) : pointer.board();
    }

    /** The shape a click at {@code point} means (see {@link Picking}). */
    Optional<Shape> pick(Point point) {
        return Picking.pick(board, point, tolerance(), s -> true);
    }

    /** The shape an arrow end may attach to under {@code point}, other than {@code except}. */
    Optional<Shape> arrowTargetAt(Point point, Optional<ShapeId> except) {
        return Picking.pick(board, point, tolerance(),
                s -> s.kind().acceptsArrows() && except.map(id -> !id.equals(s.id())).orElse(true));
    }

    // ---- View ----------------------------------------------------------------------------------

    /**
     * The canvas now has this size. The first time it has one, a board that already has content
     * (a resumed session, a review) is zoomed to show all of it.
     */
    void viewResized(double width, double height) {
        camera.setSize(width, height);
        if (!sized && width > 0 && height > 0) {
            sized = true;
            if (!board.isEmpty()) {
                zoomToFit();
            }
        }
        changed();
    }

    /** Shows the whole drawing (Ctrl+0). */
    void zoomToFit() {
        camera.fit(board.contentBounds());
    }

    // ---- Components and text -------------------------------------------------------------------

    /** A component as it would be dropped at the pointer: centred there, top-left corner on the grid. */
    Shape stencilAt(Stencil stencil, Pointer p) {
        Shape shape = Shape.stencil(DRAFT, stencil, p.board());
        return p.snaps() ? shape.withBounds(grid.snapPosition(shape.bounds())) : shape;
    }

    /** Places {@code stencil} under the pointer, selects it and returns to the Select tool. */
    void placeStencil(Stencil stencil, Pointer p) {
        armed = null;
        input.cancel();
        tool = Tool.SELECT;
        executeAndSelect(Commands.add(stencilAt(stencil, p).withId(board.newId())));
    }

    /** Opens the label editor for the shape under the pointer, or for a new text label there. */
    void editTextAt(Pointer p) {
        Optional<Shape> hit = pick(p.board());
        if (hit.isPresent()) {
            selection.set(List.of(hit.get().id()));
            openLabelEditor(LabelEditing.editOf(this, hit.get()));
        } else {
            openLabelEditor(LabelEditing.newTextAt(this, p.board()));
        }
    }

    /** Opens the label editor for the one selected shape (Enter). */
    void editSelectedLabel() {
        List<Shape> shapes = selectedShapes();
        if (editable && shapes.size() == 1) {
            openLabelEditor(LabelEditing.editOf(this, shapes.get(0)));
        }
    }

    /** The shape whose text is open in the editor: the canvas leaves that text out so the two do not overlap. */
    Optional<ShapeId> editingLabel() {
        return Optional.ofNullable(editingLabel);
    }

    void commitLabel(LabelEdit edit, String text) {
        editingLabel = null;
        if (editable) {
            LabelEditing.commit(this, edit, text);
        }
        changed();
    }

    private void openLabelEditor(LabelEdit edit) {
        editingLabel = edit.shape().orElse(null);
        labelEditor.accept(edit);
        changed();
    }
}

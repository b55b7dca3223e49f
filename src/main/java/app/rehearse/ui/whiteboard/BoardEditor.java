package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.BoardListener;
import app.rehearse.whiteboard.Command;
import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Delta;
import app.rehearse.whiteboard.Grid;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.ShapeKind;
import app.rehearse.whiteboard.Stencil;
import app.rehearse.whiteboard.Whiteboard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The whiteboard's behaviour without any JavaFX: the current tool, the selection, the camera and
 * the gesture in progress. The view feeds it pointer positions in canvas pixels and key actions;
 * it turns them into {@link Commands} on the {@link Whiteboard} (one per gesture) and tells its
 * listeners to repaint. Selection-wide edits live in {@link SelectionActions}.
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
    private final Camera camera = new Camera();
    private final Grid grid = Grid.DEFAULT;
    private final TextMetrics metrics;
    private final boolean editable;
    private final Set<ShapeId> selection = new LinkedHashSet<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final BoardListener boardListener = this::boardChanged;
    private final SelectionActions actions;
    private Consumer<LabelEdit> labelEditor = edit -> {};
    private Tool tool = Tool.SELECT;
    private Stencil armed;
    private Shape ghost;
    private Gesture gesture;
    private ShapeId hover;
    private boolean spaceHeld;
    private boolean sized;
    private PointerShape pointerShape = PointerShape.DEFAULT;

    BoardEditor(Whiteboard whiteboard, TextMetrics metrics, boolean editable) {
        this.whiteboard = whiteboard;
        this.board = whiteboard.board();
        this.metrics = metrics;
        this.editable = editable;
        this.actions = new SelectionActions(this);
        board.addListener(boardListener);
    }

    /** Stops listening to the board (the editor is done with). */
    void dispose() {
        board.removeListener(boardListener);
    }

    // ---- State ---------------------------------------------------------------------------------

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

    SelectionActions actions() {
        return actions;
    }

    Tool tool() {
        return tool;
    }

    Optional<Stencil> armedStencil() {
        return Optional.ofNullable(armed);
    }

    /** The selected ids in the order they were selected (never ids no longer on the board). */
    Set<ShapeId> selection() {
        return Set.copyOf(selection);
    }

    List<Shape> selectedShapes() {
        List<Shape> shapes = new ArrayList<>(selection.size());
        for (ShapeId id : selection) {
            board.shape(id).ifPresent(shapes::add);
        }
        return shapes;
    }

    Optional<ShapeId> hover() {
        return Optional.ofNullable(hover);
    }

    PointerShape pointerShape() {
        return pointerShape;
    }

    boolean isGesturing() {
        return gesture != null;
    }

    Preview preview() {
        if (gesture != null) {
            return gesture.preview();
        }
        return ghost == null ? Preview.NONE : Preview.drafting(ghost, Set.of());
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
        selection.removeIf(id -> !board.contains(id));
        if (hover != null && !board.contains(hover)) {
            hover = null;
        }
        changed();
    }

    private Set<ShapeId> liveIds(Collection<ShapeId> ids) {
        Set<ShapeId> live = new LinkedHashSet<>();
        for (ShapeId id : ids) {
            if (board.contains(id)) {
                live.add(id);
            }
        }
        return live;
    }

    // ---- Tools and selection -------------------------------------------------------------------

    void setTool(Tool next) {
        gesture = null;
        armed = null;
        ghost = null;
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
        if (!editable) {
            return;
        }
        setTool(Tool.SELECT);
        selection.clear();
        armed = stencil;
        changed();
    }

    void select(Collection<ShapeId> ids) {
        selection.clear();
        selection.addAll(liveIds(ids));
        changed();
    }

    void selectAll() {
        List<ShapeId> all = new ArrayList<>();
        board.shapes().forEach(s -> all.add(s.id()));
        setTool(Tool.SELECT);
        select(all);
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

    /** After a one-shot tool drew {@code delta}'s shape: select it and go back to Select. */
    void finishShape(Delta delta) {
        if (!delta.isEmpty() && tool.isOneShot()) {
            tool = Tool.SELECT;
            changed();
        }
    }

    Point snap(Pointer pointer) {
        return pointer.snaps() ? grid.snap(pointer.board()) : pointer.board();
    }

    /** The topmost shape an arrow end may attach to under {@code point}, other than {@code except}. */
    Optional<Shape> arrowTargetAt(Point point, Optional<ShapeId> except) {
        return Picking.pick(board, point, tolerance(),
                s -> s.kind().acceptsArrows() && except.map(id -> !id.equals(s.id())).orElse(true));
    }

    /** The shape a click at {@code point} means (see {@link Picking}). */
    Optional<Shape> pick(Point point) {
        return Picking.pick(board, point, tolerance(), s -> true);
    }

    // ---- Pointer -------------------------------------------------------------------------------

    Pointer pointer(Point screen, boolean shift, boolean alt) {
        return new Pointer(screen, camera.toBoard(screen), shift, alt);
    }

    void press(Point screen, Button button, int clicks, boolean shift, boolean alt) {
        Pointer p = pointer(screen, shift, alt);
        gesture = null;
        hover = null;
        if (button == Button.MIDDLE || spaceHeld || (!editable && button == Button.PRIMARY)) {
            gesture = new PanGesture(camera, screen);
        } else if (button == Button.PRIMARY) {
            gesture = startGesture(p, clicks);
        }
        updatePointerShape(p);
        changed();
    }

    void drag(Point screen, boolean shift, boolean alt) {
        if (gesture != null) {
            Pointer p = pointer(screen, shift, alt);
            gesture.drag(p);
            updatePointerShape(p);
            changed();
        }
    }

    void release(Point screen, boolean shift, boolean alt) {
        if (gesture != null) {
            Gesture finished = gesture;
            gesture = null;
            Pointer p = pointer(screen, shift, alt);
            finished.release(p);
            hoverAt(p);
            changed();
        }
    }

    /** The pointer moved with no button down. */
    void hover(Point screen) {
        hoverAt(pointer(screen, false, false));
        changed();
    }

    /** The pointer left the canvas. */
    void exit() {
        hover = null;
        ghost = null;
        changed();
    }

    void setSpaceHeld(boolean held) {
        if (spaceHeld != held) {
            spaceHeld = held;
            pointerShape = held ? PointerShape.GRAB : PointerShape.DEFAULT;
            changed();
        }
    }

    /** Drops the gesture in progress without changing the board (an undo arrived mid-drag). */
    void escapeGesture() {
        gesture = null;
        ghost = null;
    }

    /** Cancels what is in progress, else leaves the drawing tool, else clears the selection. */
    void escape() {
        if (gesture != null || armed != null || ghost != null) {
            gesture = null;
            armed = null;
            ghost = null;
        } else if (tool != Tool.SELECT) {
            tool = Tool.SELECT;
        } else {
            selection.clear();
        }
        changed();
    }

    private Gesture startGesture(Pointer p, int clicks) {
        if (armed != null) {
            placeStencil(armed, p);
            return null;
        }
        switch (tool) {
            case SELECT:
                return startSelecting(p, clicks);
            case PEN:
                return new PenGesture(this, p);
            case RECTANGLE:
                return new BoxGesture(this, ShapeKind.RECTANGLE, p);
            case ELLIPSE:
                return new BoxGesture(this, ShapeKind.ELLIPSE, p);
            case ARROW:
                return new ArrowGesture(this, p);
            case TEXT:
                editTextAt(p);
                return null;
            case ERASER:
                return new EraserGesture(this, p);
            default:
                throw new IllegalStateException("unknown tool " + tool);
        }
    }

    private Gesture startSelecting(Pointer p, int clicks) {
        if (clicks >= 2) {
            editTextAt(p);
            return null;
        }
        Optional<ShapeId> singleArrow = singleSelectedArrow();
        if (singleArrow.isPresent()) {
            Optional<Gesture> reconnect = SelectionGeometry.arrowTipAt(this, p.screen())
                    .map(tip -> new ReconnectGesture(this, board.shape(singleArrow.get()).orElseThrow(), tip));
            if (reconnect.isPresent()) {
                return reconnect.get();
            }
        }
        Optional<Handle> handle = SelectionGeometry.handleAt(this, p.screen());
        if (handle.isPresent()) {
            return new ResizeGesture(this, handle.get(), selectedShapes());
        }
        Optional<Shape> hit = pick(p.board());
        if (hit.isEmpty()) {
            if (!p.shift()) {
                selection.clear();
            }
            return new RubberBandGesture(this, p, selection);
        }
        ShapeId id = hit.get().id();
        boolean wasSelected = selection.contains(id);
        if (p.shift() && wasSelected) {
            selection.remove(id);
            return null;
        }
        if (!wasSelected) {
            if (!p.shift()) {
                selection.clear();
            }
            selection.add(id);
        }
        return new MoveGesture(this, p, id, wasSelected && !p.shift());
    }

    Optional<ShapeId> singleSelectedArrow() {
        if (selection.size() != 1) {
            return Optional.empty();
        }
        ShapeId id = selection.iterator().next();
        return board.shape(id).filter(s -> s.kind() == ShapeKind.ARROW).map(Shape::id);
    }

    private void hoverAt(Pointer p) {
        hover = null;
        ghost = null;
        if (editable && armed != null) {
            ghost = stencilAt(armed, p);
        } else if (editable && (tool == Tool.SELECT || tool == Tool.ERASER) && !spaceHeld) {
            if (SelectionGeometry.handleAt(this, p.screen()).isEmpty()) {
                hover = pick(p.board()).map(Shape::id).orElse(null);
            }
        } else if (editable && tool == Tool.ARROW) {
            hover = arrowTargetAt(p.board(), Optional.empty()).map(Shape::id).orElse(null);
        }
        updatePointerShape(p);
    }

    private void updatePointerShape(Pointer p) {
        pointerShape = PointerShape.DEFAULT;
        if (gesture != null) {
            pointerShape = gesture.pointer();
        } else if (!editable || spaceHeld) {
            pointerShape = PointerShape.GRAB;
        } else if (armed != null) {
            pointerShape = PointerShape.CROSSHAIR;
        } else if (tool == Tool.TEXT) {
            pointerShape = PointerShape.TEXT;
        } else if (tool != Tool.SELECT) {
            pointerShape = PointerShape.CROSSHAIR;
        } else {
            Optional<Handle> handle = SelectionGeometry.handleAt(this, p.screen());
            if (handle.isPresent()) {
                pointerShape = handle.get().pointer();
            } else if (singleSelectedArrow().isPresent() && SelectionGeometry.arrowTipAt(this, p.screen()).isPresent()) {
                pointerShape = PointerShape.CROSSHAIR;
            } else if (hover != null) {
                pointerShape = PointerShape.MOVE;
            }
        }
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
                camera.fit(board.contentBounds());
            }
        }
        changed();
    }

    /** Zooms by {@code factor} keeping the board point under {@code screen} still (wheel, pinch). */
    void zoomAt(double factor, Point screen) {
        camera.zoomAt(factor, screen);
        changed();
    }

    /** Zooms about the middle of the view: the toolbar buttons and Ctrl+= / Ctrl+-. */
    void zoomBy(double factor) {
        camera.zoomBy(factor);
        changed();
    }

    /** Shows the whole drawing (Ctrl+0). */
    void zoomToFit() {
        camera.fit(board.contentBounds());
        changed();
    }

    /** Back to 100%, keeping the middle of the view where it is. */
    void zoomToActualSize() {
        camera.zoomBy(1 / camera.scale());
        changed();
    }

    // ---- Stencils and text ---------------------------------------------------------------------

    /** A stencil as it would be dropped at the pointer: centred there, top-left corner on the grid. */
    Shape stencilAt(Stencil stencil, Pointer p) {
        Shape shape = Shape.stencil(DRAFT, stencil, p.board());
        return p.snaps() ? shape.withBounds(grid.snapPosition(shape.bounds())) : shape;
    }

    /** Places {@code stencil} under the pointer, selects it and returns to the Select tool. */
    void placeStencil(Stencil stencil, Pointer p) {
        armed = null;
        ghost = null;
        tool = Tool.SELECT;
        Shape placed = stencilAt(stencil, p);
        executeAndSelect(Commands.add(placed.withId(board.newId())));
    }

    /** Shows where a stencil dragged from the palette would land, or nothing when the pointer is off the board. */
    void showStencilGhost(Stencil stencil, Optional<Point> screen) {
        ghost = screen.map(s -> stencilAt(stencil, pointer(s, false, false))).orElse(null);
        changed();
    }

    /** Opens the label editor for the shape under the pointer, or for a new text label there. */
    private void editTextAt(Pointer p) {
        Optional<Shape> hit = pick(p.board());
        if (hit.isPresent()) {
            selection.clear();
            selection.add(hit.get().id());
            labelEditor.accept(LabelEditing.editOf(this, hit.get()));
        } else {
            labelEditor.accept(LabelEditing.newTextAt(this, p.board()));
        }
    }

    void commitLabel(LabelEdit edit, String text) {
        if (editable) {
            LabelEditing.commit(this, edit, text);
        }
    }

    /** Opens the label editor for the one selected shape (Enter). */
    void editSelectedLabel() {
        List<Shape> shapes = selectedShapes();
        if (editable && shapes.size() == 1) {
            labelEditor.accept(LabelEditing.editOf(this, shapes.get(0)));
        }
    }
}

package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.Stencil;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The pointer's side of the editor: the gesture in progress, the shape under the pointer, the
 * ghost of a component about to be placed, space-to-pan, and the cursor. Positions come in as
 * canvas pixels; {@link PointerIntent} decides what a press starts.
 */
final class PointerInput {
    private final BoardEditor editor;
    private Gesture gesture;
    private ShapeId hover;
    private Shape ghost;
    private boolean spaceHeld;
    private PointerShape pointerShape = PointerShape.DEFAULT;

    PointerInput(BoardEditor editor) {
        this.editor = editor;
    }

    Pointer pointer(Point screen, boolean shift, boolean alt) {
        return new Pointer(screen, editor.camera().toBoard(screen), shift, alt);
    }

    void press(Point screen, BoardEditor.Button button, int clicks, boolean shift, boolean alt) {
        Pointer p = pointer(screen, shift, alt);
        gesture = null;
        hover = null;
        if (button == BoardEditor.Button.MIDDLE || spaceHeld
                || (!editor.isEditable() && button == BoardEditor.Button.PRIMARY)) {
            gesture = new PanGesture(editor.camera(), screen);
        } else if (button == BoardEditor.Button.PRIMARY) {
            ghost = null;
            gesture = PointerIntent.start(editor, p, clicks).orElse(null);
        }
        updatePointerShape(p);
        editor.changed();
    }

    void drag(Point screen, boolean shift, boolean alt) {
        if (gesture != null) {
            Pointer p = pointer(screen, shift, alt);
            gesture.drag(p);
            updatePointerShape(p);
            editor.changed();
        }
    }

    void release(Point screen, boolean shift, boolean alt) {
        if (gesture != null) {
            Gesture finished = gesture;
            gesture = null;
            Pointer p = pointer(screen, shift, alt);
            finished.release(p);
            hoverAt(p);
            editor.changed();
        }
    }

    /** The pointer moved with no button down. */
    void hover(Point screen) {
        hoverAt(pointer(screen, false, false));
        editor.changed();
    }

    /** The pointer left the canvas. */
    void exit() {
        hover = null;
        ghost = null;
        editor.changed();
    }

    void setSpaceHeld(boolean held) {
        if (spaceHeld != held) {
            spaceHeld = held;
            pointerShape = held ? PointerShape.GRAB : PointerShape.DEFAULT;
            editor.changed();
        }
    }

    boolean isSpaceHeld() {
        return spaceHeld;
    }

    /** Drops the gesture in progress and any ghost without changing the board; says whether there was one. */
    boolean cancel() {
        boolean busy = gesture != null || ghost != null;
        gesture = null;
        ghost = null;
        return busy;
    }

    boolean isGesturing() {
        return gesture != null;
    }

    Optional<ShapeId> hoverId() {
        return Optional.ofNullable(hover);
    }

    /** Forgets the hovered shape if it left the board. */
    void forgetHoverUnless(Predicate<ShapeId> onBoard) {
        if (hover != null && !onBoard.test(hover)) {
            hover = null;
        }
    }

    PointerShape pointerShape() {
        return pointerShape;
    }

    Preview preview() {
        if (gesture != null) {
            return gesture.preview();
        }
        return ghost == null ? Preview.NONE : Preview.drafting(ghost, Set.of());
    }

    /** Shows where a component dragged from the palette would land, or nothing when the pointer is off the board. */
    void showStencilGhost(Stencil stencil, Optional<Point> screen) {
        ghost = screen.map(s -> editor.stencilAt(stencil, pointer(s, false, false))).orElse(null);
        editor.changed();
    }

    private void updatePointerShape(Pointer p) {
        pointerShape = gesture != null ? gesture.pointer() : PointerIntent.idleShape(editor, p);
    }

    private void hoverAt(Pointer p) {
        hover = null;
        ghost = null;
        Optional<Stencil> armed = editor.armedStencil();
        Tool tool = editor.tool();
        if (!editor.isEditable() || spaceHeld) {
            updatePointerShape(p);
            return;
        }
        if (armed.isPresent()) {
            ghost = editor.stencilAt(armed.get(), p);
        } else if ((tool == Tool.SELECT || tool == Tool.ERASER)
                && SelectionGeometry.handleAt(editor, p.screen()).isEmpty()) {
            hover = editor.pick(p.board()).map(Shape::id).orElse(null);
        } else if (tool == Tool.ARROW) {
            hover = editor.arrowTargetAt(p.board(), Optional.empty()).map(Shape::id).orElse(null);
        }
        updatePointerShape(p);
    }
}

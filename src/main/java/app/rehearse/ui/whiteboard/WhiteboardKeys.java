package app.rehearse.ui.whiteboard;

import app.rehearse.ui.common.Shortcut;
import app.rehearse.whiteboard.Grid;
import app.rehearse.whiteboard.Viewport;
import app.rehearse.whiteboard.ZOrder;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The board's keyboard shortcuts, applied to the editor. Editing keys do nothing on a read-only board. */
final class WhiteboardKeys {
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private WhiteboardKeys() {}

    /** What {@link #pressed} does, for the help screen. */
    static List<Shortcut> shortcuts() {
        List<Shortcut> all = new ArrayList<>();
        for (Tool tool : Tool.values()) {
            all.add(new Shortcut(tool.shortcut(), tool.title() + " tool"));
        }
        all.addAll(List.of(
                new Shortcut("Space + drag", "Pan the board"),
                new Shortcut("Delete", "Delete the selection"),
                new Shortcut("Enter", "Edit the selected shape's label"),
                new Shortcut("Esc", "Drop the tool or clear the selection"),
                new Shortcut("Arrow keys", "Nudge the selection (with Shift: a grid step)"),
                new Shortcut("[  ]", "Send backward, bring forward"),
                Shortcut.of(shortcut(KeyCode.OPEN_BRACKET), "Send to the back (and ] to the front)"),
                Shortcut.of(UNDO, "Undo"),
                Shortcut.of(REDO, "Redo (also " + REDO_ALT.getDisplayText() + ")"),
                Shortcut.of(shortcut(KeyCode.C), "Copy (X cuts, V pastes)"),
                Shortcut.of(shortcut(KeyCode.D), "Duplicate"),
                Shortcut.of(shortcut(KeyCode.A), "Select everything"),
                Shortcut.of(shortcut(KeyCode.DIGIT0), "Zoom to fit"),
                Shortcut.of(shortcut(KeyCode.EQUALS), "Zoom in (and - out)")));
        return all;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** Applies the shortcut {@code e} stands for; returns whether it was one. */
    static boolean pressed(KeyEvent e, BoardEditor editor) {
        SelectionActions actions = editor.actions();
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE) {
            editor.input().setSpaceHeld(true);
            return true;
        }
        if (e.isShortcutDown()) {
            return shortcut(e, code, editor, actions);
        }
        if (e.isAltDown() || e.isMetaDown()) {
            return false;
        }
        switch (code) {
            case DELETE:
            case BACK_SPACE:
                actions.delete();
                return true;
            case ESCAPE:
                editor.escape();
                return true;
            case ENTER:
                editor.editSelectedLabel();
                return true;
            case LEFT:
            case RIGHT:
            case UP:
            case DOWN:
                double step = e.isShiftDown() ? Grid.DEFAULT_SPACING : 1;
                actions.nudge(code == KeyCode.LEFT ? -step : code == KeyCode.RIGHT ? step : 0,
                        code == KeyCode.UP ? -step : code == KeyCode.DOWN ? step : 0);
                return true;
            case OPEN_BRACKET:
                actions.reorder(ZOrder.BACKWARD);
                return true;
            case CLOSE_BRACKET:
                actions.reorder(ZOrder.FORWARD);
                return true;
            default:
                break;
        }
        if (!e.isShiftDown()) {
            for (Tool tool : Tool.values()) {
                if (code.getName().equals(tool.shortcut())) {
                    editor.setTool(tool);
                    return true;
                }
            }
        }
        return false;
    }

    static boolean released(KeyEvent e, BoardEditor editor) {
        if (e.getCode() == KeyCode.SPACE) {
            editor.input().setSpaceHeld(false);
            return true;
        }
        return false;
    }

    private static boolean shortcut(KeyEvent e, KeyCode code, BoardEditor editor, SelectionActions actions) {
        if (REDO.match(e) || REDO_ALT.match(e)) {
            actions.redo();
            return true;
        }
        if (UNDO.match(e)) {
            actions.undo();
            return true;
        }
        switch (code) {
            case D:
                actions.duplicate();
                return true;
            case C:
                actions.copy();
                return true;
            case X:
                actions.cut();
                return true;
            case V:
                actions.paste();
                return true;
            case A:
                editor.selectAll();
                return true;
            case DIGIT0:
            case NUMPAD0:
                editor.zoomToFit();
                return true;
            case EQUALS:
            case PLUS:
            case ADD:
                editor.camera().zoomBy(Viewport.ZOOM_STEP);
                return true;
            case MINUS:
            case SUBTRACT:
                editor.camera().zoomBy(1 / Viewport.ZOOM_STEP);
                return true;
            case OPEN_BRACKET:
                actions.reorder(ZOrder.BACK);
                return true;
            case CLOSE_BRACKET:
                actions.reorder(ZOrder.FRONT);
                return true;
            default:
                return false;
        }
    }
}

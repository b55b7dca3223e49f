package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.ArrowTip;
import app.rehearse.whiteboard.Attachment;
import app.rehearse.whiteboard.Command;
import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import java.util.Optional;
import java.util.Set;

/** Drags one end of the selected arrow: onto a shape to attach it there, or onto empty board to free it. */
final class ReconnectGesture implements Gesture {
    private final BoardEditor editor;
    private final Shape arrow;
    private final ArrowTip tip;
    private final Optional<ShapeId> otherEnd;
    private Command command;
    private Optional<Shape> target = Optional.empty();

    ReconnectGesture(BoardEditor editor, Shape arrow, ArrowTip tip) {
        this.editor = editor;
        this.arrow = arrow;
        this.tip = tip;
        this.otherEnd = (tip == ArrowTip.START ? arrow.endAttachment() : arrow.startAttachment())
                .map(Attachment::shape);
    }

    @Override
    public void drag(Pointer pointer) {
        target = editor.arrowTargetAt(pointer.board(), otherEnd);
        Point point = target.isPresent() ? pointer.board() : editor.snap(pointer);
        command = Commands.reconnect(arrow.id(), tip, point, target.map(s -> Attachment.centreOf(s.id())));
    }

    @Override
    public void release(Pointer pointer) {
        drag(pointer);
        editor.execute(command);
    }

    @Override
    public Preview preview() {
        if (command == null) {
            return Preview.NONE;
        }
        return new Preview(Preview.planned(editor.board(), command), Optional.empty(), Optional.empty(),
                target.map(s -> Set.of(s.id())).orElse(Set.of()), Set.of());
    }
}

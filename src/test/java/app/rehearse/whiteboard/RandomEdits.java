package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Plausible random edits for property tests: every command the board offers, with coordinates that
 * are not round numbers, sometimes naming shapes that are gone, driven by a seed so jqwik can shrink.
 */
final class RandomEdits {
    private RandomEdits() {}

    static Command next(Board board, Random r) {
        List<Shape> shapes = board.shapes();
        if (shapes.isEmpty() || r.nextInt(5) == 0) {
            return Commands.add(newShape(board, r));
        }
        switch (r.nextInt(15)) {
            case 0:
                return Commands.add(newShape(board, r));
            case 1:
                return Commands.add(List.of(newShape(board, r), newArrow(board, r, shapes)));
            case 2:
                return Commands.remove(someIds(shapes, r));
            case 3:
            case 4:
                return Commands.move(someIds(shapes, r), coordinate(r) / 4, coordinate(r) / 4);
            case 5: {
                Shape s = pick(shapes, r);
                return Commands.resize(s.id(), box(r));
            }
            case 6:
                return Commands.scale(someIds(shapes, r), box(r), box(r));
            case 7:
                return Commands.setLabel(pick(shapes, r).id(), "label " + r.nextInt(100));
            case 8:
                return r.nextBoolean() ? Commands.setStrokeColour(someIds(shapes, r), colour(r))
                        : Commands.setStyle(someIds(shapes, r), style(r));
            case 9:
                return Commands.reorder(someIds(shapes, r), ZOrder.values()[r.nextInt(4)]);
            case 10:
                return Commands.duplicate(someIds(shapes, r), 20, 20);
            case 11:
                return Commands.paste(ClipboardContent.of(board, someIds(shapes, r)), coordinate(r) / 10, 7.25);
            case 12: {
                Shape target = pick(shapes, r);
                Optional<Attachment> attach = target.kind().acceptsArrows() && r.nextBoolean()
                        ? Optional.of(new Attachment(target.id(), new Anchor(r.nextDouble(), r.nextDouble())))
                        : Optional.empty();
                Shape arrow = shapes.stream().filter(s -> s.kind() == ShapeKind.ARROW).findAny().orElse(target);
                return Commands.reconnect(arrow.id(), r.nextBoolean() ? ArrowTip.START : ArrowTip.END,
                        new Point(coordinate(r), coordinate(r)),
                        attach.filter(a -> !a.shape().equals(arrow.id())));
            }
            case 13:
                return Commands.setText(pick(shapes, r).id(), "text " + r.nextInt(10), box(r));
            default:
                return Commands.remove(List.of(new ShapeId("gone-" + r.nextInt(3))));
        }
    }

    static Shape newShape(Board board, Random r) {
        ShapeId id = board.newId();
        switch (r.nextInt(6)) {
            case 0:
                return Shape.rectangle(id, box(r), style(r));
            case 1:
                return Shape.ellipse(id, box(r), style(r));
            case 2:
                return Shape.text(id, box(r), "note " + r.nextInt(50), style(r));
            case 3: {
                List<Point> points = new ArrayList<>();
                int n = 1 + r.nextInt(12);
                Point at = new Point(coordinate(r), coordinate(r));
                for (int i = 0; i < n; i++) {
                    points.add(at);
                    at = at.plus(r.nextGaussian() * 15, r.nextGaussian() * 15);
                }
                return Shape.pen(id, points, style(r));
            }
            case 4:
                return Shape.stencil(id, Stencil.values()[r.nextInt(Stencil.values().length)],
                        new Point(coordinate(r), coordinate(r)));
            default:
                return Shape.arrow(id, new Point(coordinate(r), coordinate(r)),
                        new Point(coordinate(r), coordinate(r)), style(r));
        }
    }

    private static Shape newArrow(Board board, Random r, List<Shape> shapes) {
        List<Shape> targets = shapes.stream().filter(s -> s.kind().acceptsArrows()).toList();
        Optional<Attachment> start = targets.isEmpty() ? Optional.empty()
                : Optional.of(Attachment.centreOf(pick(targets, r).id()));
        Optional<Attachment> end = targets.isEmpty() || r.nextInt(4) == 0 ? Optional.empty()
                : Optional.of(new Attachment(pick(targets, r).id(), new Anchor(r.nextDouble(), r.nextDouble())));
        return Shape.arrow(board.newId(), new Point(coordinate(r), coordinate(r)), start,
                new Point(coordinate(r), coordinate(r)), end, style(r));
    }

    static double coordinate(Random r) {
        return (r.nextDouble() - 0.5) * 3000;
    }

    static Rect box(Random r) {
        return new Rect(coordinate(r), coordinate(r), r.nextDouble() * 300, r.nextDouble() * 200);
    }

    private static Palette colour(Random r) {
        return Palette.values()[1 + r.nextInt(Palette.values().length - 1)];
    }

    private static Style style(Random r) {
        return new Style(colour(r), Palette.values()[r.nextInt(Palette.values().length)],
                StrokeWidth.values()[r.nextInt(3)], StrokePattern.values()[r.nextInt(2)]);
    }

    private static <T> T pick(List<T> items, Random r) {
        return items.get(r.nextInt(items.size()));
    }

    private static List<ShapeId> someIds(List<Shape> shapes, Random r) {
        List<ShapeId> ids = new ArrayList<>();
        int n = 1 + r.nextInt(Math.min(5, shapes.size()));
        for (int i = 0; i < n; i++) {
            ids.add(pick(shapes, r).id());
        }
        if (r.nextInt(8) == 0) {
            ids.add(new ShapeId("stale"));
        }
        return ids;
    }
}

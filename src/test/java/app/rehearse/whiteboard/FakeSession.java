package app.rehearse.whiteboard;

/** A session clock and phase the test moves by hand, and a whiteboard stamped by them. */
final class FakeSession {
    long millis;
    String phase = "requirements";
    final Whiteboard whiteboard = new Whiteboard(() -> millis, () -> phase);

    Board board() {
        return whiteboard.board();
    }

    /** Adds a rectangle and returns it as stored (on top, with its z). */
    Shape rectangle(double x, double y, double w, double h) {
        return add(Shape.rectangle(board().newId(), new Rect(x, y, w, h), Style.DEFAULT));
    }

    Shape ellipse(double x, double y, double w, double h) {
        return add(Shape.ellipse(board().newId(), new Rect(x, y, w, h), Style.DEFAULT));
    }

    Shape arrowBetween(Shape from, Shape to) {
        return add(Shape.arrow(board().newId(), from.bounds().centre(),
                java.util.Optional.of(Attachment.centreOf(from.id())), to.bounds().centre(),
                java.util.Optional.of(Attachment.centreOf(to.id())), Style.DEFAULT));
    }

    Shape add(Shape shape) {
        Delta delta = whiteboard.execute(Commands.add(shape));
        return delta.added().get(0);
    }

    Shape current(Shape shape) {
        return board().shape(shape.id()).orElseThrow();
    }
}

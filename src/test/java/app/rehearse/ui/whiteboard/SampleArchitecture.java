package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.ArrowPath;
import app.rehearse.whiteboard.Attachment;
import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.Stencil;
import app.rehearse.whiteboard.StrokePattern;
import app.rehearse.whiteboard.Style;
import app.rehearse.whiteboard.Whiteboard;
import java.util.List;
import java.util.Optional;

/** A typical interview diagram (clients → load balancer → services → cache, database, queue → worker). */
final class SampleArchitecture {
    private final Whiteboard whiteboard;

    private SampleArchitecture(Whiteboard whiteboard) {
        this.whiteboard = whiteboard;
    }

    static void drawOn(Whiteboard whiteboard) {
        new SampleArchitecture(whiteboard).draw();
    }

    private void draw() {
        text(100, 60, "Checkout: high-level design");
        Shape web = stencil(Stencil.CLIENT, 160, 240, "Web client");
        Shape mobile = stencil(Stencil.MOBILE, 160, 420, "Mobile app");
        Shape lb = stencil(Stencil.LOAD_BALANCER, 400, 330, "Load balancer");
        Shape orders = stencil(Stencil.SERVICE, 660, 230, "Orders service");
        Shape catalog = stencil(Stencil.SERVICE, 660, 430, "Catalog service");
        Shape cache = stencil(Stencil.CACHE, 960, 130, "Redis cache");
        Shape db = stencil(Stencil.DATABASE, 960, 320, "Postgres");
        Shape queue = stencil(Stencil.QUEUE, 960, 500, "Order events");
        Shape worker = stencil(Stencil.WORKER, 1220, 500, "Email worker");
        arrow(web, lb, "", false);
        arrow(mobile, lb, "", false);
        arrow(lb, orders, "", false);
        arrow(lb, catalog, "", false);
        arrow(orders, cache, "", false);
        arrow(orders, db, "writes", false);
        arrow(catalog, db, "", false);
        arrow(orders, queue, "", true);
        arrow(queue, worker, "async", true);
        whiteboard.execute(Commands.add(Shape.rectangle(whiteboard.board().newId(), new Rect(560, 140, 200, 380),
                Style.DEFAULT.withPattern(StrokePattern.DASHED))));
        text(566, 530, "autoscaled x3");
    }

    private Shape stencil(Stencil stencil, double x, double y, String label) {
        Shape s = Shape.stencil(whiteboard.board().newId(), stencil, new Point(x, y)).withLabel(label);
        return whiteboard.execute(Commands.add(s)).added().get(0);
    }

    private void text(double x, double y, String text) {
        whiteboard.execute(Commands.add(Shape.text(whiteboard.board().newId(),
                new Rect(x, y, text.length() * 9.5, 25), text, Style.DEFAULT)));
    }

    private void arrow(Shape from, Shape to, String label, boolean dashed) {
        Style style = dashed ? Style.DEFAULT.withPattern(StrokePattern.DASHED) : Style.DEFAULT;
        Shape arrow = Shape.arrow(whiteboard.board().newId(), from.bounds().centre(),
                Optional.of(Attachment.centreOf(from.id())), to.bounds().centre(),
                Optional.of(Attachment.centreOf(to.id())), style).withLabel(label);
        ArrowPath path = whiteboard.board().arrowPath(arrow);
        whiteboard.execute(Commands.add(arrow.withPoints(List.of(path.start(), path.end()))));
    }
}

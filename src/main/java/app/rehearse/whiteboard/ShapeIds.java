package app.rehearse.whiteboard;

/** Hands out short readable ids ("s1", "s2", …), never one at or below any id it has been shown. */
final class ShapeIds {
    private long next = 1;

    ShapeId next() {
        return new ShapeId("s" + next++);
    }

    void reserve(ShapeId id) {
        String v = id.value();
        if (v.length() > 1 && v.length() < 19 && v.charAt(0) == 's') {
            long n = 0;
            for (int i = 1; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c < '0' || c > '9') {
                    return;
                }
                n = n * 10 + (c - '0');
            }
            next = Math.max(next, n + 1);
        }
    }
}

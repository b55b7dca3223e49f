package app.rehearse.bank;

/** Something an interviewer asks next. A curveball changes the problem (a failure, 10x load, a new rule). */
public record FollowUp(String text, Kind kind) {
    public enum Kind {
        PROBE("probe"),
        CURVEBALL("curveball");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}

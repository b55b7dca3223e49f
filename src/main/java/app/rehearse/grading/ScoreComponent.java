package app.rehearse.grading;

/** The parts an overall score is built from. */
public enum ScoreComponent {
    RUBRIC("Rubric"),
    CHECKLIST("Checklist"),
    STAR("STAR"),
    TIMING("Timing");

    private final String label;

    ScoreComponent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

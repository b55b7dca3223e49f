package app.rehearse.bank;

/** One thing a grader looks for, with what a strong and a weak answer visibly do. */
public record RubricCriterion(String criterion, String strong, String weak, int weight) {
    public static final int DEFAULT_WEIGHT = 1;
}

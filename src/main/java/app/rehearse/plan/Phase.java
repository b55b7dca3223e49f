package app.rehearse.plan;

/** Where the user stands against their interview date, so that a planner can change what it offers. */
public enum Phase {
    /** No interview date: plain spaced repetition. */
    NO_DATE,
    /** More than {@value Deadline#FINAL_STRETCH_DAYS} days to go: build breadth, new material welcome. */
    PREPARING,
    /** 1 to {@value Deadline#FINAL_STRETCH_DAYS} days to go: favour full mock loops over new material. */
    FINAL_DAYS,
    /** The interview is today: a light warm-up at most. */
    INTERVIEW_DAY,
    /** The date has gone by: back to plain spaced repetition until a new one is set. */
    PASSED
}

package app.rehearse.practice;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the user is preparing for: the date of the real interview, if they have one, and how many days a
 * week they can practise. Kept in {@code settings.json}.
 */
public record StudyGoal(Optional<LocalDate> interview, int daysPerWeek) {
    public static final int DEFAULT_DAYS_PER_WEEK = 4;
    public static final StudyGoal NONE = new StudyGoal(Optional.empty(), DEFAULT_DAYS_PER_WEEK);

    public StudyGoal {
        if (daysPerWeek < 1 || daysPerWeek > 7) {
            throw new IllegalArgumentException("practice days are 1 to 7 a week, not " + daysPerWeek);
        }
    }

    public StudyGoal withInterview(Optional<LocalDate> date) {
        return new StudyGoal(date, daysPerWeek);
    }

    public StudyGoal withDaysPerWeek(int days) {
        return new StudyGoal(interview, days);
    }
}

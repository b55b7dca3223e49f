package app.rehearse.ui.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.history.PracticeRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PracticeColumnsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static PracticeRecord lastAt(String instant) {
        return new PracticeRecord(1, OptionalInt.empty(), Optional.of(Instant.parse(instant)));
    }

    @Test
    void aQuestionNeverPractisedShowsADashInEveryColumn() {
        assertThat(PracticeColumns.practisedText(PracticeRecord.NEVER)).isEqualTo("\u2013");
        assertThat(PracticeColumns.bestText(PracticeRecord.NEVER)).isEqualTo("\u2013");
        assertThat(PracticeColumns.lastText(PracticeRecord.NEVER, ZoneOffset.UTC, TODAY)).isEqualTo("\u2013");
    }

    @Test
    void countsAndScoresAreShownAsPlainNumbersAndAnUngradedQuestionHasADashForBest() {
        PracticeRecord graded = new PracticeRecord(3, OptionalInt.of(82), Optional.of(Instant.parse("2026-11-12T10:00:00Z")));
        PracticeRecord ungraded = new PracticeRecord(2, OptionalInt.empty(), graded.last());

        assertThat(PracticeColumns.practisedText(graded)).isEqualTo("3");
        assertThat(PracticeColumns.bestText(graded)).isEqualTo("82");
        assertThat(PracticeColumns.bestText(new PracticeRecord(1, OptionalInt.of(0), graded.last()))).isEqualTo("0");
        assertThat(PracticeColumns.bestText(ungraded)).isEqualTo("\u2013");
    }

    @Test
    void lastShowsDayAndMonthThisYearAndAddsTheYearOtherwise() {
        assertThat(PracticeColumns.lastText(lastAt("2026-11-12T10:00:00Z"), ZoneOffset.UTC, TODAY)).isEqualTo("12 Nov");
        assertThat(PracticeColumns.lastText(lastAt("2026-01-03T10:00:00Z"), ZoneOffset.UTC, TODAY)).isEqualTo("3 Jan");
        assertThat(PracticeColumns.lastText(lastAt("2025-11-12T10:00:00Z"), ZoneOffset.UTC, TODAY)).isEqualTo("12 Nov 2025");
    }

    @Test
    void lastIsTheDayInTheHistorysZone() {
        PracticeRecord lateEvening = lastAt("2026-11-12T23:30:00Z");

        assertThat(PracticeColumns.lastText(lateEvening, ZoneOffset.UTC, TODAY)).isEqualTo("12 Nov");
        assertThat(PracticeColumns.lastText(lateEvening, ZoneId.of("Asia/Tokyo"), TODAY)).isEqualTo("13 Nov");
        assertThat(PracticeColumns.lastText(lastAt("2025-12-31T23:30:00Z"), ZoneId.of("Asia/Tokyo"), TODAY))
                .isEqualTo("1 Jan");
    }

    @Test
    void datesReadTheSameWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {Locale.GERMANY, Locale.FRANCE, Locale.UK, Locale.forLanguageTag("ar-EG")}) {
                Locale.setDefault(locale);
                assertThat(PracticeColumns.lastText(lastAt("2025-09-12T10:00:00Z"), ZoneOffset.UTC, TODAY))
                        .as("with the default locale %s", locale).isEqualTo("12 Sep 2025");
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}

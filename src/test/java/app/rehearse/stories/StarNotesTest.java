package app.rehearse.stories;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.stories.StarNotes.Section;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StarNotesTest {
    private static final Story MIGRATION = Stories.story("migration", YearMonth.of(2025, 6), "ownership");

    @Test
    void theScaffoldHasEveryPartInOrderAndNothingWrittenYet() {
        String scaffold = StarNotes.scaffold();

        assertThat(scaffold).startsWith("## Situation\n").contains("## Task", "## Action", "## Result", "## Reflection");
        assertThat(StarNotes.isScaffold(scaffold)).isTrue();
        assertThat(StarNotes.emptySections(scaffold)).containsExactly(Section.values());
    }

    @Test
    void textTypedUnderAHeadingBelongsToThatPart() {
        String notes = StarNotes.scaffold().replace("## Action\n\n", "## Action\n\nI wrote the plan.\nI ran it.\n");

        assertThat(StarNotes.sections(notes)).containsEntry(Section.ACTION, "I wrote the plan.\nI ran it.")
                .containsEntry(Section.TASK, "");
        assertThat(StarNotes.emptySections(notes)).doesNotContain(Section.ACTION).contains(Section.RESULT);
    }

    @Test
    void theCaretForAPartLandsOnTheLineBelowItsHeading() {
        String scaffold = StarNotes.scaffold();
        int at = StarNotes.caretAt(scaffold, Section.TASK).orElseThrow();

        assertThat(scaffold.substring(0, at)).endsWith("## Task\n\n");
    }

    @Test
    void notesWhoseHeadingsWereRemovedOrReorderedAreNoLongerAScaffold() {
        assertThat(StarNotes.isScaffold(StarNotes.scaffold().replace("## Task\n", ""))).isFalse();
        assertThat(StarNotes.isScaffold("## Task\n\n## Situation\n\n## Action\n\n## Result\n\n## Reflection\n")).isFalse();
        assertThat(StarNotes.sections("just some notes")).isEmpty();
        assertThat(StarNotes.caretAt("just some notes", Section.ACTION)).isEmpty();
    }

    @Test
    void aPickedStoryFillsEveryEmptyPartWithItsMetricsUnderTheResult() {
        String filled = StarNotes.fill(StarNotes.scaffold(), Optional.empty(), MIGRATION);

        assertThat(StarNotes.sections(filled)).containsEntry(Section.SITUATION, "We were stuck.")
                .containsEntry(Section.RESULT, "p99 fell from 900 ms to 120 ms.\n\n- p99 900 ms to 120 ms")
                .containsEntry(Section.REFLECTION, "Ask for the numbers first.");
        assertThat(StarNotes.isScaffold(filled)).isTrue();
    }

    @Test
    void fillingNeverReplacesWhatTheUserWrote() {
        String mine = StarNotes.scaffold().replace("## Task\n\n", "## Task\n\nMy own words.\n");

        String filled = StarNotes.fill(mine, Optional.empty(), MIGRATION);

        assertThat(StarNotes.sections(filled)).containsEntry(Section.TASK, "My own words.")
                .containsEntry(Section.SITUATION, "We were stuck.");
    }

    @Test
    void pickingAnotherStoryReplacesOnlyWhatTheFirstStoryPutThere() {
        Story other = new Story("o", "Other", YearMonth.of(2023, 1), Optional.empty(), "A different place.", "Another task.",
                "Other actions.", "Other result.", List.of(), StoryScope.TEAM, "Other lesson.",
                List.of(), MIGRATION.createdAt(), MIGRATION.updatedAt());
        String first = StarNotes.fill(StarNotes.scaffold(), Optional.empty(), MIGRATION);
        String edited = first.replace("I had to fix it.", "I had to fix it by Friday.");

        String second = StarNotes.fill(edited, Optional.of(MIGRATION), other);

        assertThat(StarNotes.sections(second)).containsEntry(Section.SITUATION, "A different place.")
                .containsEntry(Section.TASK, "I had to fix it by Friday.")
                .containsEntry(Section.REFLECTION, "Other lesson.");
    }

    @Test
    void notesThatAreNoLongerAScaffoldAreLeftAlone() {
        assertThat(StarNotes.fill("free text", Optional.empty(), MIGRATION)).isEqualTo("free text");
    }
}

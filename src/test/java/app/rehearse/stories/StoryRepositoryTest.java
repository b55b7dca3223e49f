package app.rehearse.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rehearse.json.UnreadableJsonException;
import app.rehearse.storage.Backups;
import app.rehearse.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryRepositoryTest {
    @TempDir
    Path home;

    private StoryRepository repository() {
        return new StoryRepository(home.resolve("stories"), new Backups(home.resolve("backups"),
                new MutableClock(Stories.NOON)));
    }

    @Test
    void aStorySurvivesTheRoundTripThroughItsFile() throws Exception {
        Story story = Stories.story("checkout-migration", YearMonth.of(2025, 9), "ownership", "influence");
        StoryRepository repository = repository();

        repository.save(story);

        assertThat(home.resolve("stories/checkout-migration.json")).exists();
        assertThat(repository.load("checkout-migration")).isEqualTo(story);
        assertThat(repository.loadAll().stories()).containsExactly(story);
    }

    @Test
    void aNewerOrDamagedFileIsReportedWithItsPlaceAndLeftAsItIs() throws Exception {
        StoryRepository repository = repository();
        repository.save(Stories.story("good", YearMonth.of(2025, 1), "ownership"));
        Path newer = home.resolve("stories/newer.json");
        String newerText = new String(StoryCodec.write(Stories.story("newer", YearMonth.of(2025, 1))),
                StandardCharsets.UTF_8).replace("\"version\" : 1", "\"version\" : 7");
        Files.writeString(newer, newerText);
        Path damaged = home.resolve("stories/damaged.json");
        String damagedText = new String(StoryCodec.write(Stories.story("damaged", YearMonth.of(2025, 1))),
                StandardCharsets.UTF_8).replace("\"from\" : \"2024-10\"", "\"from\" : \"last spring\"");
        Files.writeString(damaged, damagedText);

        StoryRepository.Loaded loaded = repository.loadAll();

        assertThat(loaded.stories()).extracting(Story::id).containsExactly("good");
        assertThat(loaded.unreadable()).extracting(StoryRepository.Unreadable::reason)
                .anySatisfy(r -> assertThat(r).contains("newer.json:2:").contains("newer Rehearse (version 7)"))
                .anySatisfy(r -> assertThat(r).matches(".*damaged\\.json:\\d+:\\d+: \"from\" must be a month such as"
                        + " 2023-04 \\(found \"last spring\"\\).*"));
        assertThat(Files.readString(newer)).isEqualTo(newerText);
        assertThat(Files.readString(damaged)).isEqualTo(damagedText);
    }

    @Test
    void aFileWhoseIdDoesNotMatchItsNameIsNotTakenForAnotherStory() throws Exception {
        Files.createDirectories(home.resolve("stories"));
        Files.write(home.resolve("stories/copy.json"), StoryCodec.write(Stories.story("original", YearMonth.of(2025, 1))));

        assertThat(repository().loadAll().unreadable()).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("belongs in original.json"));
    }

    @Test
    void deletingAStoryKeepsACopyInTheBackupsFirst() throws Exception {
        StoryRepository repository = repository();
        repository.save(Stories.story("old-story", YearMonth.of(2020, 1), "failure"));

        repository.delete("old-story");

        assertThat(home.resolve("stories/old-story.json")).doesNotExist();
        assertThat(Files.list(home.resolve("backups")).map(p -> p.getFileName().toString()))
                .singleElement().asString().endsWith("-old-story.json");
        repository.delete("old-story");
    }

    @Test
    void anIdThatIsNotKebabCaseNeverReachesTheFileSystem() {
        assertThatThrownBy(() -> repository().delete("../sessions")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoryCodec.read("{\"version\": 1, \"id\": \"A Story\"}".getBytes(StandardCharsets.UTF_8),
                "a.json")).isInstanceOfSatisfying(UnreadableJsonException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.message()).startsWith("a story id is lower-case")));
    }
}

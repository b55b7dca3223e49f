package app.rehearse.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.grading.ChecklistLevel;
import app.rehearse.grading.GradeHistoryJson;
import app.rehearse.grading.RubricLevel;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionReviewTest {
    @TempDir
    Path home;

    @Test
    void aReviewHasTheSessionItsPhasesItsScoreAndItsWhiteboardFiles() throws Exception {
        SessionFixture f = new SessionFixture(home);
        String id = f.session(SessionFixture.design("q", "Q"), SessionFixture.DAY_ONE).notes("n")
                .graded(RubricLevel.STRONG, ChecklistLevel.REASONED, "fine").write();
        Files.write(f.repository.folder(id).resolve(SessionReview.WHITEBOARD_PNG), new byte[] {1, 2});

        SessionReview review = SessionReview.load(f.repository, id);

        assertThat(review.id()).isEqualTo(id);
        assertThat(review.session().notes()).isEqualTo("n");
        assertThat(review.phases()).hasSize(3);
        assertThat(review.score()).hasValueSatisfying(s -> assertThat(s.graded()).isTrue());
        assertThat(review.whiteboardPng()).contains(f.repository.folder(id).resolve("whiteboard.png"));
        assertThat(review.whiteboardJson()).isEmpty();
        assertThat(review.gradeProblem()).isEmpty();
    }

    @Test
    void unreadableGradesLeaveTheRestOfTheReviewIntact() throws Exception {
        SessionFixture f = new SessionFixture(home);
        String id = f.session(SessionFixture.design("q", "Q"), SessionFixture.DAY_ONE).write();
        f.repository.saveField(id, GradeHistoryJson.FIELD, JsonNodeFactory.instance.textNode("oops"));

        SessionReview review = SessionReview.load(f.repository, id);

        assertThat(review.score()).isEmpty();
        assertThat(review.gradeProblem()).hasValueSatisfying(p -> assertThat(p).contains("expected an object"));
        assertThat(review.phases()).hasSize(3);
    }
}

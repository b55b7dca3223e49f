package app.rehearse.ui.practice;

import app.rehearse.bank.Question;
import app.rehearse.stories.SpeakingTimer;
import app.rehearse.stories.SpokenAnswer;
import app.rehearse.stories.Story;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;

/**
 * What a behavioral session adds: the story to tell, its STAR notes, and the timer (and recorder) for
 * telling it aloud. The story chosen and the answer's timings are kept in the session's record as they
 * change; the stories are read in the background.
 */
record BehavioralTools(StoryPicker picker, StarNotesEditor starNotes, SpeakingBar speaking) {

    static BehavioralTools forSession(Question question, String sessionId, PracticeView.Services services) {
        StarNotesEditor starNotes = new StarNotesEditor();
        StoryPicker picker = new StoryPicker(question, story -> {
            starNotes.pick(story);
            keep(services, sessionId, Story.SESSION_FIELD, story.<JsonNode>map(s -> TextNode.valueOf(s.id()))
                    .orElse(NullNode.getInstance()), "story you picked");
        });
        services.tasks().run(services.stories()::loadAll, loaded -> picker.offer(loaded.stories()),
                e -> picker.unavailable(e.getMessage()));
        RecordControl recording = new RecordControl(services.sessions().folder(sessionId), services.tasks(),
                RecordControl.systemMicrophone());
        SpeakingBar speaking = new SpeakingBar(new SpeakingTimer(services.clock()::millis),
                answer -> keep(services, sessionId, SpokenAnswer.FIELD, answer.toJson(), "spoken answer's timings"),
                recording);
        return new BehavioralTools(picker, starNotes, speaking);
    }

    /** Writes one field of the session's record in the background; a failure is reported, naming what was lost. */
    private static void keep(PracticeView.Services services, String sessionId, String field, JsonNode value, String what) {
        services.tasks().run(() -> services.sessions().saveField(sessionId, field, value),
                e -> services.problems().reportProblem(new IOException("The " + what + " was not saved: "
                        + e.getMessage(), e)));
    }
}

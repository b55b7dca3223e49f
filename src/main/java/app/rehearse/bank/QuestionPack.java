package app.rehearse.bank;

import java.util.List;

/** A pack as read from one file. */
public record QuestionPack(PackInfo info, List<Question> questions) {
    public static final int SCHEMA_VERSION = 1;

    public QuestionPack {
        questions = List.copyOf(questions);
    }
}

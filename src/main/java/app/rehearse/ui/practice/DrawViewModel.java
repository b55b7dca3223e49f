package app.rehearse.ui.practice;

import app.rehearse.bank.DrawFilter;
import app.rehearse.bank.PromptDrawer;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.bank.QuestionType;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** Choosing and drawing a prompt: the type filter, the drawn question, and a message when nothing matches. */
public final class DrawViewModel {
    public static final String ANY = "any";
    /** The choices of {@code #drawType}, in the words pack files use. */
    public static final List<String> TYPE_CHOICES = List.of(ANY, QuestionType.SYSTEM_DESIGN.id(),
            QuestionType.BEHAVIORAL.id(), QuestionType.TRADE_OFF.id());

    private final Supplier<QuestionBank> bank;
    private final Supplier<PromptDrawer> drawer;

    // Properties
    private final ObjectProperty<String> type = new SimpleObjectProperty<>(this, "type", ANY);
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @param bank the current bank, read at each draw so edits and imports count at once */
    public DrawViewModel(Supplier<QuestionBank> bank, Supplier<PromptDrawer> drawer) {
        this.bank = bank;
        this.drawer = drawer;
    }

    public ObjectProperty<String> typeProperty() {
        return type;
    }

    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // Commands

    public void draw() {
        QuestionBank current = bank.get();
        Optional<Question> drawn = drawer.get().draw(current.questions(), filter());
        if (drawn.isPresent()) {
            question.set(drawn.get());
            message.set("");
        } else {
            message.set(current.questions().isEmpty() ? "The question bank is empty: no pack could be loaded."
                    : "No question matches this filter.");
        }
    }

    /** Draws from the given questions only (they target something the user wants to practise). */
    public void drawFrom(List<Question> candidates, String why) {
        Optional<Question> drawn = drawer.get().draw(candidates, DrawFilter.ANY);
        if (drawn.isPresent()) {
            question.set(drawn.get());
            message.set("");
        } else {
            message.set("No question in the bank practises " + why + " yet.");
        }
    }

    private DrawFilter filter() {
        return QuestionType.fromId(type.get()).map(DrawFilter::ofType).orElse(DrawFilter.ANY);
    }

    /** Where the question came from, for the detail line under its title. */
    public String packTitle(Question q) {
        return bank.get().packOf(q.id()).map(p -> p.pack().info().title()).orElse("");
    }
}

package app.rehearse.ui.practice;

import app.rehearse.bank.DrawFilter;
import app.rehearse.bank.PromptDrawer;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.bank.QuestionType;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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

    private final Supplier<Optional<QuestionBank>> bank;
    private final Supplier<Optional<PromptDrawer>> drawer;
    private final Consumer<Runnable> whenReady;
    private boolean drawWaiting;

    // Properties
    private final ObjectProperty<String> type = new SimpleObjectProperty<>(this, "type", ANY);
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * @param bank the current bank, read at each draw so edits and imports count at once; empty while it loads
     * @param drawer the drawer, empty until it has read which prompts were already drawn
     * @param whenReady runs a step on this thread once both are there
     */
    public DrawViewModel(Supplier<Optional<QuestionBank>> bank, Supplier<Optional<PromptDrawer>> drawer,
            Consumer<Runnable> whenReady) {
        this.bank = bank;
        this.drawer = drawer;
        this.whenReady = whenReady;
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

    /** Draws a prompt; asked while the bank is still loading, it draws as soon as the bank is there. */
    public void draw() {
        if (bank.get().isEmpty() || drawer.get().isEmpty()) {
            message.set("Loading the question bank…");
            if (!drawWaiting) {
                drawWaiting = true;
                whenReady.accept(() -> {
                    drawWaiting = false;
                    draw();
                });
            }
            return;
        }
        QuestionBank current = bank.get().get();
        Optional<Question> drawn = drawer.get().get().draw(current.questions(), filter());
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
        if (drawer.get().isEmpty()) {
            message.set("Loading the question bank…");
            whenReady.accept(() -> drawFrom(candidates, why));
            return;
        }
        Optional<Question> drawn = drawer.get().get().draw(candidates, DrawFilter.ANY);
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
        return bank.get().flatMap(b -> b.packOf(q.id())).map(p -> p.pack().info().title()).orElse("");
    }
}

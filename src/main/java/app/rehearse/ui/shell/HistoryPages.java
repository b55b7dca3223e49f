package app.rehearse.ui.shell;

import app.rehearse.audio.Speaker;
import app.rehearse.bank.BankLoader;
import app.rehearse.bank.BankSources;
import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.grading.Scorecard;
import app.rehearse.history.HistoryIndex;
import app.rehearse.history.ReferenceDoc;
import app.rehearse.history.SessionReview;
import app.rehearse.history.WeakArea;
import app.rehearse.practice.SessionRepository;
import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.DataLayout;
import app.rehearse.storage.UserFiles;
import app.rehearse.ui.common.BankState;
import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.PastWork;
import app.rehearse.ui.common.Problems;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.grading.GradingScreens;
import app.rehearse.ui.history.HistoryView;
import app.rehearse.ui.history.HistoryViewModel;
import app.rehearse.ui.progress.ProgressView;
import app.rehearse.ui.reference.ReferenceView;
import app.rehearse.ui.stories.RecordingPlayer;
import app.rehearse.ui.stories.SpokenTimes;
import app.rehearse.ui.whiteboard.WhiteboardViews;
import app.rehearse.whiteboard.WhiteboardCodec;
import app.rehearse.whiteboard.WhiteboardFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.DoubleExpression;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** The History and Progress pages, built on the history index once it has opened in the background. */
public final class HistoryPages {
    private final Services services;
    private final Consumer<Question> retry;
    private final BiConsumer<List<Question>, String> drawFrom;
    private final BiConsumer<Question, String> useDiagramAsReference;
    private HistoryView history;
    private ProgressView progress;

    /**
     * What the History and Progress pages work with, from the app's composition root.
     *
     * @param textScale the text size against the theme's own, which the table's column widths follow
     */
    public record Services(DataLayout layout, SessionRepository sessions, BankState bank, PastWork pastWork,
            GradingScreens grading, UiTasks tasks, Problems problems, Dialogs dialogs, DoubleExpression textScale) {
    }

    HistoryPages(Services services, Consumer<Question> retry, BiConsumer<List<Question>, String> drawFrom,
            BiConsumer<Question, String> useDiagramAsReference) {
        this.services = services;
        this.useDiagramAsReference = useDiagramAsReference;
        this.retry = retry;
        this.drawFrom = drawFrom;
    }

    HistoryView history() {
        if (history == null) {
            HistoryViewModel model = new HistoryViewModel(services.layout(), services.sessions(), dimensionTitle(),
                    ZoneId.systemDefault(), services.tasks().io(), services.tasks().fx()::execute);
            history = new HistoryView(model, new Actions(), services.dialogs(), services.tasks(), services.textScale());
            HistoryView view = history;
            whenIndexReady(view::attach, failure -> view.showLoadFailure(failure.getMessage()));
        }
        return history;
    }

    ProgressView progress() {
        if (progress == null) {
            progress = new ProgressView(dimensionTitle(), this::practise);
        }
        return progress;
    }

    /** Opens one session's review on the History page. */
    void review(String sessionId) {
        history().reveal(sessionId);
    }

    /** Called whenever a page is shown: sessions may have been finished or graded meanwhile. */
    void historyShown() {
        history().refresh();
    }

    void progressShown() {
        ProgressView view = progress();
        whenIndexReady(index -> services.tasks().run(index::refresh, report -> view.show(index), failure -> {
            view.show(index);
            view.showLoadFailure(failure.getMessage());
        }), failure -> view.showLoadFailure(failure.getMessage()));
    }

    private void practise(WeakArea area) {
        String why = area.kind() == WeakArea.Kind.DIMENSION ? dimensionTitle().apply(area.key()) : area.key();
        services.bank().currentBank().ifPresent(bank -> drawFrom.accept(area.candidates(bank.questions()), why));
    }

    /** Runs {@code then} once the index has opened; a failure to open is shown on the page and in the shell. */
    private void whenIndexReady(Consumer<HistoryIndex> then, Consumer<Exception> onFailure) {
        services.tasks().when(services.pastWork().history(), then, failure -> {
            onFailure.accept(failure);
            services.problems().reportProblem(new IOException("History could not open: " + failure.getMessage(), failure));
        });
    }

    private Function<String, String> dimensionTitle() {
        return id -> services.bank().currentBank().flatMap(bank -> bank.dimension(id)).map(ChecklistDimension::title).orElse(id);
    }

    /** What History asks of the rest of the app. */
    private final class Actions implements HistoryView.Actions {
        @Override
        public void retry(Question question) {
            retry.accept(question);
        }

        @Override
        public Node grading(SessionReview review, WhiteboardFiles.Found board, Runnable back) {
            Button backButton = new Button("Back to review");
            backButton.setId("backToReviewButton");
            backButton.setOnAction(e -> back.run());
            return services.grading().forSession(review.session().snapshot(), review.session().notes(),
                    review.grades(), SpokenTimes.of(review.session()),
                    WhiteboardViews.readOnly(board.board(), "gradingWhiteboard", services.tasks(), services.dialogs()),
                    List.of(backButton));
        }

        @Override
        public Node recording(SessionReview review) {
            return new RecordingPlayer(review.session().folder().resolve(RecordingPlayer.FILE_NAME), services.tasks(),
                    Speaker::probe);
        }

        @Override
        public Optional<Node> reference(SessionReview review) {
            String questionId = review.session().snapshot().question().id();
            Optional<QuestionBank> bank = services.bank().currentBank();
            Set<String> ticked = review.grades().current().map(Scorecard::signalsShown).orElse(Set.of());
            return bank.flatMap(b -> b.question(questionId)).flatMap(Question::reference)
                    .map(r -> new ReferenceView(r, bank.flatMap(b -> b.referenceDiagram(questionId)), services.tasks(), services.dialogs(),
                            ticked, Optional.empty()));
        }

        @Override
        public void useDiagramAsReference(SessionReview review) {
            String name = BankSources.DIAGRAMS + "/" + review.id() + ".json";
            Path source = review.session().folder().resolve(WhiteboardCodec.FILE_NAME);
            Path target = services.layout().questions().resolve(name);
            services.tasks().run(() -> {
                AtomicFiles.write(target, UserFiles.read(source, BankLoader.MAX_DIAGRAM_BYTES));
                return name;
            }, copied -> useDiagramAsReference.accept(review.session().snapshot().question(), copied),
                    failure -> services.problems().reportProblem(new IOException("The diagram could not be copied beside your"
                            + " packs: " + failure.getMessage(), failure)));
        }

        @Override
        public void referenceDocs(Set<String> questionIds, Consumer<Map<String, ReferenceDoc>> ready) {
            Map<String, ReferenceDoc> docs = new HashMap<>();
            List<Consumer<Runnable>> pictures = new ArrayList<>();
            services.bank().currentBank().ifPresent(bank -> {
                for (String id : questionIds) {
                    bank.question(id).flatMap(Question::reference).ifPresent(r -> {
                        docs.put(id, new ReferenceDoc(r, Optional.empty()));
                        bank.referenceDiagram(id).ifPresent(diagram -> pictures.add(next -> WhiteboardViews.pictureOf(
                                diagram, png -> {
                                    docs.put(id, new ReferenceDoc(r, Optional.of(png)));
                                    next.run();
                                })));
                    });
                }
            });
            renderInTurn(pictures, 0, () -> ready.accept(docs));
        }

        /** Renders the pictures one after another (each a tile per pulse), then runs {@code done}. */
        private void renderInTurn(List<Consumer<Runnable>> pictures, int from, Runnable done) {
            if (from == pictures.size()) {
                done.run();
                return;
            }
            pictures.get(from).accept(() -> renderInTurn(pictures, from + 1, done));
        }

        @Override
        public Node whiteboard(SessionReview review, WhiteboardFiles.Found board) {
            if (board.problem().isPresent()) {
                Label damaged = new Label("The diagram could not be read: " + board.problem().get());
                damaged.setId("reviewWhiteboard");
                damaged.setWrapText(true);
                damaged.getStyleClass().add("inline-message");
                return damaged;
            }
            return WhiteboardViews.replay(board.board(), "reviewWhiteboard", services.tasks(), services.dialogs());
        }
    }
}

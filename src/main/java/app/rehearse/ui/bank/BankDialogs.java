package app.rehearse.ui.bank;

import app.rehearse.bank.Clash;
import app.rehearse.bank.ClashResolution;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The questions the bank page asks: confirm a delete, name a new pack, resolve clashing ids on import. */
interface BankDialogs {
    boolean confirm(String title, String message, String yes);

    Optional<String> askPackTitle();

    Optional<ClashResolution> resolveClashes(String fileName, List<Clash> clashes);

    static BankDialogs standard(Supplier<Window> owner) {
        return new BankDialogs() {
            @Override
            public boolean confirm(String title, String message, String yes) {
                ButtonType confirm = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
                Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, ButtonType.CANCEL);
                alert.initOwner(owner.get());
                alert.setTitle(title);
                alert.setHeaderText(title);
                alert.getDialogPane().setId("confirmDialog");
                return alert.showAndWait().filter(confirm::equals).isPresent();
            }

            @Override
            public Optional<String> askPackTitle() {
                TextInputDialog dialog = new TextInputDialog();
                dialog.initOwner(owner.get());
                dialog.setTitle("New pack");
                dialog.setHeaderText("Name the new pack");
                dialog.setContentText("Title");
                dialog.getEditor().setId("packTitleField");
                dialog.getEditor().setPromptText("e.g. Acme staff loop");
                dialog.getDialogPane().setId("newPackDialog");
                return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
            }

            @Override
            public Optional<ClashResolution> resolveClashes(String fileName, List<Clash> clashes) {
                Map<ButtonType, ClashResolution> choices = Map.of(
                        new ButtonType("Skip", ButtonBar.ButtonData.OTHER), ClashResolution.SKIP,
                        new ButtonType("Rename", ButtonBar.ButtonData.OTHER), ClashResolution.RENAME,
                        new ButtonType("Replace", ButtonBar.ButtonData.OTHER), ClashResolution.REPLACE);
                Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
                alert.initOwner(owner.get());
                alert.setTitle("Import " + fileName);
                alert.setHeaderText(clashes.size() == 1 ? "1 question in " + fileName + " has an id you already have"
                        : clashes.size() + " questions in " + fileName + " have ids you already have");
                Label list = new Label(clashes.stream().limit(8)
                        .map(c -> "\u2022 " + c.questionId() + " \u2014 yours: \u201c" + c.existingTitle() + "\u201d in "
                                + c.existingPack() + (c.shipped() ? " (shipped)" : ""))
                        .collect(Collectors.joining("\n"))
                        + (clashes.size() > 8 ? "\n\u2026 and " + (clashes.size() - 8) + " more" : ""));
                list.setWrapText(true);
                Label how = new Label("Skip keeps yours and leaves theirs out. Rename imports theirs under new ids"
                        + " (id-2). Replace puts theirs in place of yours and keeps a backup of your pack; shipped"
                        + " questions are never replaced, so those are renamed.");
                how.setWrapText(true);
                how.getStyleClass().add("field-help");
                VBox content = new VBox(10, list, how);
                content.setPrefWidth(520);
                alert.getDialogPane().setContent(content);
                alert.getDialogPane().setId("clashDialog");
                alert.getButtonTypes().setAll(List.of(buttonFor(choices, ClashResolution.SKIP),
                        buttonFor(choices, ClashResolution.RENAME), buttonFor(choices, ClashResolution.REPLACE),
                        ButtonType.CANCEL));
                return alert.showAndWait().map(choices::get);
            }

            private ButtonType buttonFor(Map<ButtonType, ClashResolution> choices, ClashResolution resolution) {
                return choices.entrySet().stream().filter(e -> e.getValue() == resolution).findFirst().orElseThrow().getKey();
            }
        };
    }
}

package app.rehearse.ui.bank;

import app.rehearse.bank.LoadedPack;
import app.rehearse.bank.Question;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;

/** What the bank page does with whole packs: import (chosen or dropped), export, create and delete. */
final class PackCommands {
    private final BankViewModel model;
    private final BankDialogs dialogs;

    PackCommands(BankViewModel model, BankDialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    void importFromChooser() {
        dialogs.chooseImport().ifPresent(this::importFile);
    }

    void importFile(Path file) {
        model.importFile(file, clashes -> dialogs.resolveClashes(file.getFileName().toString(), clashes));
    }

    /** Lets a pack file be dropped anywhere on {@code target}, which shows that it would take it. */
    void acceptDrops(Region target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && PackDrop.packFile(e.getDragboard().getFiles()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!target.getStyleClass().contains("drop-target")) {
                    target.getStyleClass().add("drop-target");
                }
            }
            e.consume();
        });
        target.setOnDragExited(e -> target.getStyleClass().remove("drop-target"));
        target.setOnDragDropped(e -> {
            Optional<Path> file = PackDrop.packFile(e.getDragboard().getFiles());
            file.ifPresent(this::importFile);
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    /** One item per pack of the user's, then one for the questions selected in the table. */
    List<MenuItem> exportItems(List<Question> selected) {
        List<MenuItem> items = new ArrayList<>();
        for (LoadedPack pack : model.myPacks()) {
            int n = pack.pack().questions().size();
            MenuItem item = new MenuItem("Pack \u201c" + pack.pack().info().title() + "\u201d (" + n
                    + (n == 1 ? " question" : " questions") + ")\u2026");
            item.setId("exportPack-" + pack.pack().info().id());
            item.setOnAction(e -> dialogs.chooseExport(pack.pack().info().id() + ".json")
                    .ifPresent(path -> model.export(pack.pack(), path)));
            items.add(item);
        }
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        MenuItem selection = new MenuItem("Selected questions (" + selected.size() + ")\u2026");
        selection.setId("exportSelection");
        selection.setDisable(selected.isEmpty());
        selection.setOnAction(e -> dialogs.chooseExport("shared-questions.json")
                .ifPresent(path -> model.export(BankViewModel.selectionPack(selected, path), path)));
        items.add(selection);
        return items;
    }

    void newPack() {
        dialogs.askPackTitle().ifPresent(title -> model.createPack(title, id -> model.packChoices().stream()
                .filter(c -> c.packId().filter(id::equals).isPresent()).findFirst().ifPresent(model.packProperty()::set)));
    }

    void deleteChosenPack() {
        model.chosenPackOfMine().ifPresent(pack -> {
            int n = pack.pack().questions().size();
            if (dialogs.confirm("Delete the pack?", "\u201c" + pack.pack().info().title() + "\u201d and its " + n
                    + (n == 1 ? " question" : " questions") + " will be removed. A copy of the file is kept in the backups"
                    + " folder.", "Delete pack")) {
                model.deletePack(pack);
            }
        });
    }
}

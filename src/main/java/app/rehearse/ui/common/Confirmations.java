package app.rehearse.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Asks the user to confirm something; behind an interface so view logic can be tested without a dialog. */
@FunctionalInterface
public interface Confirmations {
    boolean confirm(String title, String message, String yes, String no);

    static Confirmations dialogs() {
        return (title, message, yes, no) -> {
            ButtonType confirm = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
            ButtonType cancel = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, cancel);
            alert.setTitle(title);
            alert.setHeaderText(title);
            return alert.showAndWait().filter(confirm::equals).isPresent();
        };
    }
}

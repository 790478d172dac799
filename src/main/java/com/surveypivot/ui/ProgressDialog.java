package com.surveypivot.ui;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** A dialog with a background task's message, its progress and a Cancel button; it closes when the task ends. */
final class ProgressDialog {
    private ProgressDialog() {
    }

    static void show(Window owner, String title, String id, Task<?> task) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setId(id);
        // the window stays usable while the files are written in the background
        dialog.initModality(Modality.NONE);
        ProgressBar bar = new ProgressBar();
        bar.setId(id + "Bar");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        VBox content = new VBox(8, message, bar);
        content.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        dialog.setOnCloseRequest(e -> task.cancel());
        dialog.setResultConverter(button -> {
            task.cancel();
            return button;
        });
        task.stateProperty().addListener((obs, was, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                dialog.setResultConverter(button -> button);
                dialog.close();
            }
        });
        dialog.show();
    }
}

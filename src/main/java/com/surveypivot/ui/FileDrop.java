package com.surveypivot.ui;

import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** A survey file dropped on the window from outside (the platform's drag and drop) is opened. */
final class FileDrop {
    private FileDrop() {
    }

    static void install(Node window, MainViewModel model) {
        window.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getGestureSource() == null && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        window.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (files.size() == 1 && window instanceof MainView view && view.projectActions().hasUnsavedWork()) {
                // the Save / Don't Save / Cancel prompt waits for the drop gesture to end
                e.setDropCompleted(true);
                e.consume();
                javafx.application.Platform.runLater(() -> {
                    if (view.projectActions().mayLeave()) {
                        open(files, model);
                    }
                });
                return;
            }
            e.setDropCompleted(open(files, model));
            e.consume();
        });
    }

    /** Opens the one file dropped; several files are refused with one line. */
    static boolean open(List<File> files, MainViewModel model) {
        if (files.size() != 1) {
            if (!files.isEmpty()) {
                model.reportError(model.workspace().text("error.openDropped"));
            }
            return false;
        }
        model.open(files.get(0).toPath());
        return true;
    }
}

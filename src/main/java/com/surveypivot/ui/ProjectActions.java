package com.surveypivot.ui;

import com.surveypivot.export.ExportException;
import com.surveypivot.i18n.Messages;
import com.surveypivot.project.ProjectFile;
import com.surveypivot.project.RecoveryFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The window's project actions: File > Open Project…, Save Project (Ctrl+S), Save Project As… (Ctrl+Alt+S; Ctrl+Shift+S
 * is the Segments picker's), Apply Project to Another File…, the Save / Don't Save / Cancel prompt before unsaved
 * work is left, the list of what did not match the data, and where a moved survey file went.
 */
final class ProjectActions {
    private final MainView view;
    private final MainViewModel model;
    private final ProjectSession session;
    private RecoveryTimer recovery;

    ProjectActions(MainView view) {
        this.view = view;
        this.model = view.model();
        this.session = model.project();
        session.setAsker(new ProjectSession.Asker() {
            @Override
            public Optional<Path> locateSource(String savedPath) {
                return view.fileDialogs().locateSource(window(), savedPath);
            }

            @Override
            public void mismatches(List<String> lines) {
                showMismatches(lines);
            }
        });
    }

    /** The File menu's project items, with a separator after them. */
    List<MenuItem> menuItems() {
        MenuItem open = item("menuOpenProject", "menu.open", this::openProject);
        MenuItem save = item("menuSaveProject", "menu.save", this::save);
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        MenuItem saveAs = item("menuSaveProjectAs", "menu.saveAs", this::saveAs);
        saveAs.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+S"));
        MenuItem apply = item("menuApplyProject", "menu.apply", this::applyToOtherFile);
        for (MenuItem needsSurvey : List.of(save, saveAs, apply)) {
            needsSurvey.disableProperty().bind(model.surveyProperty().isNull().or(model.loadingProperty()));
        }
        return List.of(open, save, saveAs, apply, new SeparatorMenuItem());
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(bind(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private StringBinding bind(String key) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> session.text(key), model.localeProperty());
    }

    // ---- the actions

    void openProject() {
        if (mayLeave()) {
            view.fileDialogs().chooseProject(window()).ifPresent(model::open);
        }
    }

    /** Saves to the project's file, or asks where first; true when the work was saved. */
    boolean save() {
        Path file = session.fileProperty().get();
        return file == null ? saveAs() : saveTo(file);
    }

    boolean saveAs() {
        String name = baseName() + "." + ProjectFile.EXTENSION;
        Optional<Path> target = view.fileDialogs().chooseProjectTarget(window(), name);
        if (target.isEmpty()) {
            return false;
        }
        Path file = target.get();
        if (!ProjectFile.isProjectName(String.valueOf(file.getFileName()))) {
            file = file.resolveSibling(file.getFileName() + "." + ProjectFile.EXTENSION);
        }
        return saveTo(file);
    }

    private boolean saveTo(Path file) {
        try {
            session.save(file);
        } catch (ExportException e) {
            view.showError(e.message(model.localeProperty().get()));
            return false;
        }
        model.statusProperty().set(session.text("status.saved", file.getFileName()));
        return true;
    }

    private String baseName() {
        Path current = session.fileProperty().get() != null ? session.fileProperty().get() : model.fileProperty().get();
        if (current == null) {
            return model.surveyProperty().get() == null ? "project" : model.surveyProperty().get().title();
        }
        String name = String.valueOf(current.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    void applyToOtherFile() {
        view.fileDialogs().chooseSurvey(window()).ifPresent(session::applyTo);
    }

    /** Whether there is work that a save would keep. */
    boolean hasUnsavedWork() {
        return session.dirtyProperty().get();
    }

    /**
     * Before the work is left (exit, another file or project): with unsaved work, asks Save / Don't Save / Cancel.
     * True when the caller may go on (saved, or the user chose not to).
     */
    boolean mayLeave() {
        if (!hasUnsavedWork()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(window());
        ask.setTitle(session.text("unsaved.title"));
        ask.setHeaderText(session.text("unsaved.header", name()));
        ask.setContentText(session.text("unsaved.text"));
        ButtonType save = new ButtonType(session.text("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(session.text("unsaved.dontSave"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(session.text("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(save, dontSave, cancel);
        ask.getDialogPane().setId("unsavedDialog");
        ask.getDialogPane().lookupButton(save).setId("unsavedSave");
        ask.getDialogPane().lookupButton(dontSave).setId("unsavedDontSave");
        ask.getDialogPane().lookupButton(cancel).setId("unsavedCancel");
        ButtonType answer = ask.showAndWait().orElse(cancel);
        if (answer == save) {
            return save();
        }
        if (answer == dontSave) {
            if (recovery != null) {
                RecoveryFiles.remove(RecoveryFiles.own());
            }
            return true;
        }
        return false;
    }

    private String name() {
        Path file = session.fileProperty().get();
        if (file != null) {
            return String.valueOf(file.getFileName());
        }
        return model.surveyProperty().get() == null ? "" : model.surveyProperty().get().title();
    }

    private void showMismatches(List<String> lines) {
        Alert list = new Alert(Alert.AlertType.WARNING);
        list.initOwner(window());
        list.setTitle(session.text("mismatch.title"));
        list.setHeaderText(session.text("mismatch.header", lines.size()));
        TextArea area = new TextArea(String.join("\n", lines));
        area.setId("projectMismatchList");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(12, Math.max(3, lines.size())));
        list.getDialogPane().setContent(area);
        list.getDialogPane().setId("projectMismatchDialog");
        list.show();
    }

    // ---- recovery (the app's window only: tests of the window do not write to the user's folder)

    /** Starts the autosave to this process's recovery file; a clean exit removes it. */
    void startRecovery() {
        recovery = new RecoveryTimer(model, RecoveryFiles.own());
        recovery.start();
    }

    /** At start: offers to restore the work a crashed run left behind (Restore / Discard). */
    void offerRecovery() {
        Optional<Path> left = RecoveryFiles.leftBehind();
        if (left.isEmpty()) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(window());
        ask.setTitle(session.text("recovery.title"));
        ask.setHeaderText(session.text("recovery.header"));
        ask.setContentText(session.text("recovery.text"));
        ButtonType restore = new ButtonType(session.text("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(session.text("recovery.discard"), ButtonBar.ButtonData.NO);
        ask.getButtonTypes().setAll(restore, discard);
        ask.getDialogPane().setId("recoveryDialog");
        if (ask.showAndWait().orElse(discard) == restore) {
            session.openRecovery(left.get(), () -> RecoveryFiles.remove(left.get()));
        } else {
            RecoveryFiles.remove(left.get());
        }
    }

    /** On a clean exit: the recovery file is no longer needed. */
    void exited() {
        if (recovery != null) {
            recovery.stop();
            RecoveryFiles.remove(RecoveryFiles.own());
        }
    }

    private Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    /** The text of a {@code project.*} key in the window's language. */
    static String text(MainViewModel model, String key, Object... args) {
        return Messages.get(model.localeProperty().get(), "project." + key, args);
    }
}

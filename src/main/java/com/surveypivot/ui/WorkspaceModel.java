package com.surveypivot.ui;

import com.surveypivot.i18n.Messages;
import com.surveypivot.workspace.CommandHistory;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotState;
import com.surveypivot.workspace.Workspace;
import java.util.Locale;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The window's side of the {@link Workspace}: its state and its one undo history as JavaFX properties (for the
 * views and the Edit menu). Pivot commands, survey edits and note edits all become steps of the same history.
 */
public final class WorkspaceModel {
    private static final int UNDO_LIMIT = 200;
    private final CommandHistory history = new CommandHistory(UNDO_LIMIT);
    private final Workspace workspace = new Workspace(history);
    private final ObservableValue<Locale> locale;
    private final ReadOnlyObjectWrapper<PivotState> state = new ReadOnlyObjectWrapper<>(PivotState.EMPTY);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");

    WorkspaceModel(ObservableValue<Locale> locale) {
        this.locale = locale;
        workspace.addListener(state::set);
        history.addListener(this::refresh);
        locale.addListener((obs, old, l) -> refresh());
        refresh();
    }

    /** Makes a pivot change (an undoable step); false when it changes nothing. */
    public boolean execute(PivotCommand command) {
        return workspace.execute(command);
    }

    /** Puts a state in place with no step (a new survey's starting state). */
    void reset(PivotState newState) {
        workspace.set(newState);
    }

    /** Adds a change made elsewhere (a survey edit, a note edit) to the history. */
    void push(CommandHistory.Step step) {
        history.push(step);
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    private void refresh() {
        Locale l = locale.getValue();
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.nextUndo().map(s -> Messages.get(l, "ui.edit.undoWhat", s.describe(l)))
                .orElse(Messages.get(l, "ui.edit.undo")));
        redoText.set(history.nextRedo().map(s -> Messages.get(l, "ui.edit.redoWhat", s.describe(l)))
                .orElse(Messages.get(l, "ui.edit.redo")));
    }

    /** The text of a {@code workspace.*} key in the window's language. */
    String text(String key, Object... args) {
        return Messages.get(locale.getValue(), "workspace." + key, args);
    }

    /** A binding to a {@code workspace.*} text that follows the language. */
    StringBinding bind(String key, Object... args) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> text(key, args), locale);
    }

    public PivotState state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<PivotState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public CommandHistory history() {
        return history;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}

package com.surveypivot.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The workspace's state and its history: {@link #execute} is the only way the state changes (besides putting a new
 * survey's starting state in place, which forgets the history). No toolkit here, so it is tested on its own; the
 * window listens to {@link #addListener} and redraws.
 */
public final class Workspace {
    private final CommandHistory history;
    private final List<Consumer<PivotState>> listeners = new ArrayList<>();
    private PivotState state = PivotState.EMPTY;

    public Workspace(CommandHistory history) {
        this.history = history;
    }

    /** A pivot change as a step of the history: the state before and after it. */
    public record PivotStep(Workspace workspace, PivotCommand command, PivotState before, PivotState after)
            implements CommandHistory.Step {
        @Override
        public String describe(Locale locale) {
            return command.describe(locale);
        }

        @Override
        public void undo() {
            workspace.set(before);
        }

        @Override
        public void redo() {
            workspace.set(after);
        }
    }

    /** Applies a command; a command that changes nothing is not a step. Returns whether the state changed. */
    public boolean execute(PivotCommand command) {
        PivotState before = state;
        PivotState after = command.apply(before);
        if (after.equals(before)) {
            return false;
        }
        set(after);
        history.push(new PivotStep(this, command, before, after));
        return true;
    }

    /** Puts a state in place without a step (a survey was opened, or a step is undone or redone). */
    public void set(PivotState newState) {
        Objects.requireNonNull(newState, "state");
        if (newState.equals(state)) {
            return;
        }
        state = newState;
        listeners.forEach(l -> l.accept(newState));
    }

    public PivotState state() {
        return state;
    }

    public CommandHistory history() {
        return history;
    }

    public void addListener(Consumer<PivotState> listener) {
        listeners.add(listener);
    }
}

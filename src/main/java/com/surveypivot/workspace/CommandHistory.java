package com.surveypivot.workspace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The workspace's one undo history (Scene Builder's JobManager pattern): pivot commands, survey edits and note edits
 * are all steps here, undone and redone in the order they were made, each with a description for the Edit menu.
 * Bounded; a new step forgets what could be redone. Listeners hear of every change.
 */
public final class CommandHistory {

    /** One change that has been made, and how to take it back and make it again. */
    public interface Step {
        /** A few words for "Undo …" / "Redo …". */
        String describe(Locale locale);

        void undo();

        void redo();

        /**
         * Whether {@code next}, made right after this step, continues it (typing in the same note): then this step
         * takes it in and the history keeps one step. Default: no.
         */
        default boolean absorb(Step next) {
            return false;
        }
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private long revision;
    private boolean replaying;

    public CommandHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("keep at least one step");
        }
        this.limit = limit;
    }

    /** Remembers a change just made (ignored while a step is being undone or redone). */
    public void push(Step step) {
        if (replaying) {
            return;
        }
        if (!undo.isEmpty() && redo.isEmpty() && undo.peek().absorb(step)) {
            revision++;
            fire();
            return;
        }
        undo.push(step);
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        revision++;
        fire();
    }

    /** Takes back the last change; false when there is none. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Step step = undo.pop();
        replay(step::undo);
        redo.push(step);
        revision++;
        fire();
        return true;
    }

    /** Makes the last undone change again; false when there is none. */
    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        Step step = redo.pop();
        replay(step::redo);
        undo.push(step);
        revision++;
        fire();
        return true;
    }

    private void replay(Runnable action) {
        replaying = true;
        try {
            action.run();
        } finally {
            replaying = false;
        }
    }

    /** Whether a step is being undone or redone now (changes made meanwhile are not new steps). */
    public boolean replaying() {
        return replaying;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<Step> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    public Optional<Step> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** The steps that can be undone, oldest first. */
    public List<Step> done() {
        List<Step> list = new ArrayList<>();
        undo.descendingIterator().forEachRemaining(list::add);
        return list;
    }

    public long revision() {
        return revision;
    }

    /** Forgets every step (another survey was opened). */
    public void clear() {
        undo.clear();
        redo.clear();
        revision++;
        fire();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}

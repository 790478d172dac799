package com.surveypivot.survey.edit;

import com.surveypivot.survey.Survey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The user's survey edits with bounded undo and redo stacks (Scene Builder's JobManager pattern). Each step keeps
 * the survey before and after the edit, so undo and redo give back exactly those surveys (questions are
 * immutable and shared, so a step costs little). The revision counter grows with every perform, undo and redo.
 */
public final class EditHistory {
    /** One performed edit with the surveys on either side of it. */
    public record Step(SurveyEdit edit, Survey before, Survey after) {
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private long revision;

    public EditHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("keep at least one step");
        }
        this.limit = limit;
    }

    /** Applies the edit to {@code current}, remembers it and forgets what could be redone. */
    public Survey perform(SurveyEdit edit, Survey current) {
        Survey after = edit.apply(current);
        undo.push(new Step(edit, current, after));
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        revision++;
        return after;
    }

    /** The survey before the last edit; that edit can then be redone. */
    public Survey undo() {
        if (undo.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        Step step = undo.pop();
        redo.push(step);
        revision++;
        return step.before();
    }

    /** The survey after the last undone edit. */
    public Survey redo() {
        if (redo.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        Step step = redo.pop();
        undo.push(step);
        revision++;
        return step.after();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<SurveyEdit> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Step::edit);
    }

    public Optional<SurveyEdit> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Step::edit);
    }

    /** The survey that the oldest kept step started from, or empty when there is no step. */
    public Optional<Survey> original() {
        return Optional.ofNullable(undo.peekLast()).map(Step::before);
    }

    /** The edits in effect, oldest first (what a project file stores to replay them). */
    public List<SurveyEdit> applied() {
        List<SurveyEdit> list = new ArrayList<>();
        undo.descendingIterator().forEachRemaining(step -> list.add(step.edit()));
        return list;
    }

    public long revision() {
        return revision;
    }

    /** Forgets every step (a new survey was opened). */
    public void clear() {
        undo.clear();
        redo.clear();
        revision++;
    }
}

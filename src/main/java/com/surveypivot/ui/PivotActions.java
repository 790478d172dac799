package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.workspace.PivotCommand;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the question list's double-click, context menu and keys do with a question: use it as the question, break
 * down by it, add it to the banner, filter by it. Each is one command; a question that cannot be crossed (free text,
 * ids) is refused with a line in the status bar.
 */
final class PivotActions {
    private final MainViewModel model;
    private Consumer<String> filterOpened = id -> { };

    PivotActions(MainViewModel model) {
        this.model = model;
    }

    /** Called with a question's id after a filter on it was added (the zone opens its answers). */
    void onFilterAdded(Consumer<String> action) {
        this.filterOpened = action;
    }

    void useAsQuestion(Question q) {
        if (crossable(q, false)) {
            model.workspace().execute(new PivotCommand.SetQuestion(q.id()));
        }
    }

    void breakDownBy(Question q) {
        if (crossable(q, true)) {
            model.workspace().execute(new PivotCommand.SetAttribute(q.id()));
        }
    }

    void addToBanner(Question q) {
        if (crossable(q, true)) {
            model.workspace().execute(model.workspace().state().banner().isEmpty()
                    ? new PivotCommand.SetAttribute(q.id()) : new PivotCommand.AddBreakdown(q.id()));
        }
    }

    void filterBy(Question q) {
        if (crossable(q, true)) {
            if (model.workspace().state().filterOn(q.id()) == null) {
                model.workspace().execute(new PivotCommand.SetFilter(q.id(), List.of()));
            }
            filterOpened.accept(q.id());
        }
    }

    private boolean crossable(Question q, boolean needsCategories) {
        if (q == null) {
            return false;
        }
        if (!q.isCrossable() || (needsCategories && q.categoryCount() == 0)) {
            model.statusProperty().set(model.workspace().text("list.notCrossable", q.id()));
            return false;
        }
        return true;
    }
}

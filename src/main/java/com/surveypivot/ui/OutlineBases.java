package com.surveypivot.ui;

import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotSpecs;
import com.surveypivot.workspace.PivotState;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.concurrent.Task;

/**
 * The base (unweighted n of the Total) of each saved entry's table, computed in the background once per state and
 * survey; the outline list is redrawn when one arrives.
 */
final class OutlineBases {
    private final MainViewModel model;
    private final Runnable arrived;
    private final Map<PivotState, Integer> bases = new HashMap<>();
    private final Map<PivotState, Boolean> pending = new HashMap<>();
    private Survey survey;

    OutlineBases(MainViewModel model, Runnable arrived) {
        this.model = model;
        this.arrived = arrived;
    }

    /** The base of a state's table, or empty while it is computed (or when the state has no table). */
    Optional<Integer> base(PivotState state) {
        Survey current = model.surveyProperty().get();
        if (current != survey) {
            survey = current;
            bases.clear();
            pending.clear();
        }
        if (current == null) {
            return Optional.empty();
        }
        Integer known = bases.get(state);
        if (known != null) {
            return known < 0 ? Optional.empty() : Optional.of(known);
        }
        if (pending.putIfAbsent(state, Boolean.TRUE) == null) {
            Task<Integer> task = new Task<>() {
                @Override
                protected Integer call() {
                    Optional<TableSpec> spec = PivotSpecs.spec(current, state);
                    return spec.isEmpty() ? -1 : CrosstabEngine.compute(spec.get()).total().unweightedBase();
                }
            };
            task.setOnSucceeded(e -> done(current, state, task.getValue()));
            task.setOnFailed(e -> done(current, state, -1));
            model.executor().execute(task);
        }
        return Optional.empty();
    }

    private void done(Survey computedOn, PivotState state, int base) {
        if (computedOn == survey) {
            bases.put(state, base);
            arrived.run();
        }
    }
}

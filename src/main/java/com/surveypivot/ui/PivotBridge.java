package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.FilterCondition;
import com.surveypivot.workspace.GridSettings;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotSpecs;
import com.surveypivot.workspace.PivotState;
import com.surveypivot.workspace.TableSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;

/**
 * Keeps the window's older properties (question, attribute, weight, significance, automatic NETs, filter, counts,
 * transposed) as views of the workspace state: a new state sets them, and a control that sets one of them makes the
 * matching command instead (so it is undoable like every other change).
 */
final class PivotBridge {
    private final WorkspaceModel workspace;
    private final Supplier<Survey> survey;
    private final ObjectProperty<Question> question;
    private final ObjectProperty<Question> attribute;
    private final TableOptionsModel options;
    private final BooleanProperty counts;
    private final BooleanProperty transposed;
    private boolean syncing;

    PivotBridge(WorkspaceModel workspace, Supplier<Survey> survey, ObjectProperty<Question> question,
            ObjectProperty<Question> attribute, TableOptionsModel options, BooleanProperty counts,
            BooleanProperty transposed) {
        this.workspace = workspace;
        this.survey = survey;
        this.question = question;
        this.attribute = attribute;
        this.options = options;
        this.counts = counts;
        this.transposed = transposed;
        question.addListener((obs, old, q) -> send(() -> new PivotCommand.SetQuestion(id(q)),
                !Objects.equals(id(q), state().question())));
        attribute.addListener((obs, old, a) -> send(() -> new PivotCommand.SetAttribute(id(a)),
                !Objects.equals(id(a), state().attribute())));
        options.weightProperty().addListener((obs, old, w) -> send(() -> new PivotCommand.SetWeight(id(w)),
                !Objects.equals(id(w), state().weight())));
        options.significanceProperty().addListener((obs, old, level) -> sendTable());
        options.autoNetsProperty().addListener((obs, old, on) -> sendTable());
        counts.addListener((obs, old, on) -> sendGrid());
        transposed.addListener((obs, old, on) -> sendGrid());
        options.setCommands(workspace::execute);
    }

    private PivotState state() {
        return workspace.state();
    }

    private void send(Supplier<PivotCommand> command, boolean changed) {
        if (!syncing && changed) {
            workspace.execute(command.get());
        }
    }

    private void sendTable() {
        TableSettings table = new TableSettings(options.significanceProperty().get().name(),
                options.autoNetsProperty().get());
        send(() -> new PivotCommand.SetTable(table), !table.equals(state().table()));
    }

    private void sendGrid() {
        GridSettings grid = new GridSettings(counts.get(), transposed.get());
        send(() -> new PivotCommand.SetGrid(grid), !grid.equals(state().grid()));
    }

    /** Sets every property from the state (no commands are made meanwhile). */
    void show(PivotState s) {
        Survey current = survey.get();
        syncing = true;
        try {
            attribute.set(PivotSpecs.byId(current, s.attribute()));
            question.set(PivotSpecs.byId(current, s.question()));
            options.weightProperty().set(PivotSpecs.byId(current, s.weight()));
            options.significanceProperty().set(SignificanceLevel.valueOf(s.table().significance()));
            options.autoNetsProperty().set(s.table().autoNets());
            Map<Question, List<String>> filter = new LinkedHashMap<>();
            for (FilterCondition f : s.filters()) {
                Question q = PivotSpecs.byId(current, f.question());
                if (q != null && f.active()) {
                    filter.put(q, f.answers());
                }
            }
            options.showFilter(filter);
            counts.set(s.grid().counts());
            transposed.set(s.grid().transposed());
        } finally {
            syncing = false;
        }
    }

    /** Runs a change of the properties that must not become a command (a new survey's reset). */
    void quietly(Runnable change) {
        boolean was = syncing;
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = was;
        }
    }

    static String id(Question q) {
        return q == null ? null : q.id();
    }
}

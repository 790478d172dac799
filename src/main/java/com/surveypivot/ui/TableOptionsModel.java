package com.surveypivot.ui;

import com.surveypivot.analysis.CellOptions;
import com.surveypivot.analysis.Filter;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import com.surveypivot.workspace.PivotCommand;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * How the current table is computed beyond its question and attribute: the weight (none, or a number question),
 * the significance shown, the automatic NET rows and a filter. The filter holds, per question, the answers ticked:
 * a respondent is kept when they gave one of the ticked answers of every filtered question (and-combined).
 */
public final class TableOptionsModel {
    private final ObservableList<Question> weightChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Question> weight = new SimpleObjectProperty<>();
    private final ObjectProperty<SignificanceLevel> significance = new SimpleObjectProperty<>(SignificanceLevel.P95);
    private final BooleanProperty autoNets = new SimpleBooleanProperty(true);
    private final ObservableMap<Question, List<String>> filter = FXCollections.observableMap(new LinkedHashMap<>());
    private Consumer<PivotCommand> commands;

    /** Forgets the previous survey's options; the weights offered are the survey's number questions. */
    void reset(Survey survey) {
        filter.clear();
        weight.set(null);
        weightChoices.setAll(survey.questions().stream().filter(q -> q.type() == QuestionType.NUMBER).toList());
    }

    /** Every property whose change changes the table. */
    Observable[] dependencies() {
        return new Observable[] {weight, significance, autoNets, filter};
    }

    void addListener(InvalidationListener listener) {
        for (Observable o : dependencies()) {
            o.addListener(listener);
        }
    }

    /** The table of a question by an attribute (null: Total only) with these options. */
    TableSpec spec(Question question, Question attribute) {
        TableSpec spec = attribute == null ? TableSpec.of(question) : TableSpec.of(question, attribute);
        CellOptions options = significance.get().apply(CellOptions.defaults()).withAutoNets(autoNets.get());
        spec = spec.withOptions(options);
        Filter f = filter();
        if (f != null) {
            spec = spec.withFilter(f);
        }
        Question w = weight.get();
        // the engine treats blank, negative and non-finite weights as 0 (the respondent adds nothing to weighted figures)
        return w == null ? spec : spec.withWeights(w.numbers());
    }

    /** The filter as the engine takes it; null when nothing is filtered. */
    Filter filter() {
        List<Filter> parts = new ArrayList<>();
        filter.forEach((q, answers) -> parts.add(Filter.answer(q, answers.toArray(String[]::new))));
        return parts.isEmpty() ? null : Filter.and(parts.toArray(Filter[]::new));
    }

    /** Ticks or unticks one answer of a question in the filter. */
    public void setFiltered(Question question, String answer, boolean on) {
        List<String> answers = new ArrayList<>(filter.getOrDefault(question, List.of()));
        answers.remove(answer);
        if (on) {
            answers.add(answer);
            answers.sort((a, b) -> Integer.compare(question.indexOf(a), question.indexOf(b)));
        }
        if (commands != null) {
            commands.accept(answers.isEmpty() ? new PivotCommand.RemoveFilter(question.id())
                    : new PivotCommand.SetFilter(question.id(), answers));
        } else if (answers.isEmpty()) {
            filter.remove(question);
        } else {
            filter.put(question, List.copyOf(answers));
        }
    }

    /** Filter changes go to the workspace as commands from now on; the map then only shows its state. */
    void setCommands(Consumer<PivotCommand> sink) {
        this.commands = sink;
    }

    /** Shows the workspace's filter (called by the workspace, not by controls). */
    void showFilter(Map<Question, List<String>> conditions) {
        if (!filter.equals(conditions)) {
            filter.clear();
            filter.putAll(conditions);
        }
    }

    public boolean isFiltered(Question question, String answer) {
        return filter.getOrDefault(question, List.of()).contains(answer);
    }

    public void clearFilter() {
        if (commands != null) {
            commands.accept(new PivotCommand.ClearFilters());
        } else {
            filter.clear();
        }
    }

    /** The filter in words ("" when none): "業種 = 製造, IT・通信 · 役職 = 部長クラス". */
    String filterText(UiText text) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Question, List<String>> e : filter.entrySet()) {
            parts.add(text.get("filter.condition", e.getKey().id(),
                    String.join(text.get("filter.or"), e.getValue())));
        }
        return String.join(text.get("filter.and"), parts);
    }

    public ObservableList<Question> weightChoices() {
        return weightChoices;
    }

    public ObjectProperty<Question> weightProperty() {
        return weight;
    }

    public ObjectProperty<SignificanceLevel> significanceProperty() {
        return significance;
    }

    public BooleanProperty autoNetsProperty() {
        return autoNets;
    }

    public ObservableMap<Question, List<String>> filterConditions() {
        return filter;
    }
}

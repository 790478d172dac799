package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotState;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The table of the workspace's state, computed in the background (latest request wins), and what is shown from it:
 * the chart model, the notes, the filter line, the grid and the status.
 */
final class TableResults {
    private final ReadOnlyObjectWrapper<Crosstab> crosstab = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BandChartModel> chartModel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper filterStatus = new ReadOnlyStringWrapper("");
    private final TableWorker worker;
    private final UiText text;
    private final TableOptionsModel tableOptions;
    private final ShownNotes notes;
    private final GridModel grid;
    private final Consumer<String> errors;
    private final Runnable refreshStatus;
    private BandChartModel chartOfTable;
    private Locale chartLocale = Locale.ENGLISH;

    TableResults(long inlineCells, UiText text, TableOptionsModel tableOptions, ShownNotes notes, GridModel grid,
            Consumer<String> errors, Runnable refreshStatus) {
        this.worker = new TableWorker(inlineCells);
        this.text = text;
        this.tableOptions = tableOptions;
        this.notes = notes;
        this.grid = grid;
        this.errors = errors;
        this.refreshStatus = refreshStatus;
    }

    /** Computes the table of a state, and everything shown from it (latest request wins). */
    void recompute(Survey survey, PivotState state, Locale locale) {
        worker.submit(survey, state, locale, this::show);
    }

    private void show(PivotResult result) {
        if (result.failed()) {
            PivotState s = result.state();
            errors.accept(text.get("error.table", String.valueOf(s.question()),
                    s.attribute() == null ? "" : s.attribute()));
        }
        Crosstab table = result.table();
        crosstab.set(table);
        chartOfTable = result.chart();
        chartLocale = ChartModelMaker.toChart(result.state().chart()).languageOr(text.locale().getValue());
        notes.setGenerated(result.notes());
        filterStatus.set(tableOptions.filterConditions().isEmpty() ? ""
                : text.get("filter.status", tableOptions.filterText(text),
                        table == null ? 0 : table.total().unweightedBase()));
        refreshGrid();
        refreshStatus.run();
    }

    /** Makes the grid again from the table shown (its layout changed). */
    void refreshGrid() {
        grid.refresh(crosstab.get());
        chartModel.set(ChartTotalNote.with(chartOfTable, crosstab.get(), grid.answeredTotal(), chartLocale));
    }

    /** Whether a table is still being computed in the background. */
    boolean computing() {
        return worker.busy();
    }

    ReadOnlyObjectProperty<Crosstab> crosstab() {
        return crosstab.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<BandChartModel> chartModel() {
        return chartModel.getReadOnlyProperty();
    }

    ReadOnlyStringProperty filterStatus() {
        return filterStatus.getReadOnlyProperty();
    }
}

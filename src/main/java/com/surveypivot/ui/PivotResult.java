package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.notes.Note;
import com.surveypivot.notes.NoteFinder;
import com.surveypivot.notes.NoteWriter;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotSpecs;
import com.surveypivot.workspace.PivotState;
import com.surveypivot.workspace.TableShape;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one workspace state shows: the table as shown (chosen segments, answers, NETs), the chart's description and
 * the generated notes. Computed off the JavaFX thread from plain values.
 *
 * @param state  the state it was computed for
 * @param table  the table as shown, or null when the state has no table (no question, or it cannot be crossed)
 * @param chart  the band chart, or null
 * @param notes  the generated notes
 * @param failed true when the engine refused the table (the window says so in one line)
 */
record PivotResult(PivotState state, Crosstab table, BandChartModel chart, List<Note> notes, boolean failed) {

    static PivotResult none(PivotState state) {
        return new PivotResult(state, null, null, List.of(), false);
    }

    /** Computes everything a state shows on a survey. */
    static PivotResult compute(Survey survey, PivotState state, Locale locale) {
        Optional<TableSpec> spec = survey == null ? Optional.empty() : PivotSpecs.spec(survey, state);
        if (spec.isEmpty()) {
            return none(state);
        }
        Crosstab shown;
        // the automatic NETs are named in the report language, as the chart and the notes are
        Locale reportLanguage = ChartModelMaker.toChart(state.chart()).languageOr(locale);
        try {
            shown = TableShape.shape(CrosstabEngine.compute(spec.get(), reportLanguage), state);
        } catch (RuntimeException e) {
            return new PivotResult(state, null, null, List.of(), true);
        }
        // the chart's bars and the notes are of the answers and the user's NETs; automatic boxes are the grid's
        Crosstab charted = TableShape.chartRows(shown, state);
        BandChartModel chart = ChartModelMaker.make(TableShape.chartTable(shown, state), state, spec.get(), locale);
        List<Note> notes = NoteWriter.notes(NoteFinder.claims(charted), reportLanguage);
        return new PivotResult(state, shown, chart, notes, false);
    }
}

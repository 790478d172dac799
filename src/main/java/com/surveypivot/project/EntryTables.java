package com.surveypivot.project;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.export.ExportTable;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotSpecs;
import com.surveypivot.workspace.TableShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The saved tables of a report outline as the export files' tables: each entry's pivot state computed on the survey
 * as the workspace shows it (chosen segments, answer order, NETs), with its filter in words, its weight, the
 * user's note and the entry's name as its title. Maps are not tables and are left to the caller.
 */
public final class EntryTables {
    private EntryTables() {
    }

    /** The table of one saved table entry; empty for a map or a state that gives no table on this survey. */
    public static Optional<ExportTable> table(Survey survey, SavedEntry entry, Locale locale) {
        if (entry.isMap()) {
            return Optional.empty();
        }
        Optional<TableSpec> spec = PivotSpecs.spec(survey, entry.state());
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        Crosstab shown = TableShape.shape(CrosstabEngine.compute(spec.get(), locale), entry.state());
        ExportTable table = ExportTable.of(spec.get(), shown, PivotSpecs.byId(survey, entry.state().weight()),
                locale);
        return Optional.of(table.withUserNote(entry.note()).withTitle(entry.name()));
    }

    /** The tables of all table entries, in outline order (entries that give no table are skipped). */
    public static List<ExportTable> tables(Survey survey, List<SavedEntry> entries, Locale locale) {
        List<ExportTable> tables = new ArrayList<>();
        for (SavedEntry entry : entries) {
            table(survey, entry, locale).ifPresent(tables::add);
        }
        return tables;
    }
}

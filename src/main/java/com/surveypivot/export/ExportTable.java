package com.surveypivot.export;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.i18n.Messages;
import com.surveypivot.notes.NoteFinder;
import com.surveypivot.notes.NoteWriter;
import com.surveypivot.survey.Question;
import java.util.List;
import java.util.Locale;

/**
 * One table as the exports write it: the engine's crosstab with what its header states, the filter in words and
 * the weight's name (both "" when none), and the user's own note on it ("" when none).
 *
 * @param table    the crosstab (answers and NET rows, Total and segment columns)
 * @param filter   the filter in words, "" for none
 * @param weight   the name of the weight question, "" for unweighted
 * @param userNote the user's note, "" for none
 * @param title    the title the table is exported under (a saved entry's name), "" for the question's
 */
public record ExportTable(Crosstab table, String filter, String weight, String userNote, String title) {

    public ExportTable {
        filter = filter == null ? "" : filter;
        weight = weight == null ? "" : weight;
        userNote = userNote == null ? "" : userNote;
        title = title == null ? "" : title.strip();
    }

    /** A table under its question's title. */
    public ExportTable(Crosstab table, String filter, String weight, String userNote) {
        this(table, filter, weight, userNote, "");
    }

    /** A table with the filter of its spec in words and the weight named. */
    public static ExportTable of(TableSpec spec, Crosstab table, Question weight, Locale locale) {
        return new ExportTable(table, FilterWords.of(spec.filter(), locale), weight == null ? "" : weight.id(), "");
    }

    /** The same table with the user's note. */
    public ExportTable withUserNote(String note) {
        return new ExportTable(table, filter, weight, note, title);
    }

    /** The same table under another title (a saved entry's name; blank: the question's). */
    public ExportTable withTitle(String newTitle) {
        return new ExportTable(table, filter, weight, userNote, newTitle);
    }

    /** The table without its NET rows: what the band chart and the notes are of. */
    public Crosstab answers() {
        if (table.rows().stream().noneMatch(TableRow::net)) {
            return table;
        }
        return new Crosstab(table.question(), table.by(), table.columns(),
                table.rows().stream().filter(r -> !r.net()).toList(), table.chiSquare(), table.weighted(),
                table.groups(), table.options());
    }

    /** The band chart of the table, as the window draws it. */
    public BandChartModel chart(Locale locale) {
        BandChartModel chart = BandChartModel.from(answers(), locale);
        if (title.isEmpty()) {
            return chart;
        }
        return new BandChartModel(chart.layout(), title, chart.subtitle(), chart.legend(), chart.bars(),
                chart.groups(), chart.axisMax(), chart.kind(), chart.lines(), chart.notes(), chart.percent());
    }

    /**
     * What the table breaks down by, as a subtitle: the chart's ("業種別", with a weighting note), or for a banner
     * of several attributes all of them ("業種 / 役職別"), a nested one as "業種 × 役職別".
     */
    public String byLine(BandChartModel chart, Locale locale) {
        if (table.groups().size() < 2) {
            return chart.subtitle();
        }
        List<String> names = new java.util.ArrayList<>();
        for (var group : table.groups()) {
            String name = group.outer() != null
                    ? TableSheet.title(group.outer()) + " × " + TableSheet.title(group.attribute())
                    : TableSheet.title(group.attribute());
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        String by = Messages.get(locale, "chart.by", String.join(" / ", names));
        return table.weighted() ? by + " " + Messages.get(locale, "chart.weighted") : by;
    }

    /** The generated notes on the table, one sentence each, as the window shows them. */
    public List<String> notes(Locale locale) {
        return NoteWriter.sentences(NoteFinder.claims(answers()), locale);
    }
}

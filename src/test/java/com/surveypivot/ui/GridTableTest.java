package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The grid's two layouts of a hand-worked table. */
class GridTableTest {

    /*
     * 10 respondents; question Q (yes/no), attribute A (m/f).
     *   Q codes: y y y n n y n y y n      A codes: m m m m f f f f f f
     *   m (4): yes 3, no 1 → 75.0 / 25.0     f (6): yes 3, no 3 → 50.0 / 50.0    Total (10): yes 6 → 60.0 / 40.0
     */
    private static Crosstab table() {
        Question q = Question.categorical("Q", "Q", QuestionType.SINGLE, false, List.of("yes", "no"), List.of("Q"),
                new int[] {0, 0, 0, 1, 1, 0, 1, 0, 0, 1});
        Question a = Question.categorical("A", "A", QuestionType.SINGLE, false, List.of("m", "f"), List.of("A"),
                new int[] {0, 0, 0, 0, 1, 1, 1, 1, 1, 1});
        List<TableColumn> columns = List.of(new TableColumn("Total", 10, 10, true), new TableColumn("m", 4, 4, false),
                new TableColumn("f", 6, 6, false));
        List<TableRow> rows = List.of(new TableRow("yes", new double[] {6, 3, 3}, new double[] {60, 75, 50}, null),
                new TableRow("no", new double[] {4, 1, 3}, new double[] {40, 25, 50}, null));
        return new Crosstab(q, a, columns, rows, null, false);
    }

    private static final UiText EN = new UiText(new SimpleObjectProperty<>(Locale.ENGLISH));
    private static final UiText JA = new UiText(new SimpleObjectProperty<>(Locale.JAPANESE));

    @Test
    void reportLayoutHasTotalAndSegmentsDownAndAnswersAcrossWithBase() {
        GridTable grid = GridTable.of(table(), false, false, EN);
        assertEquals(List.of("yes", "no", "n"), grid.headers());
        assertEquals(List.of("Total", "m", "f"), grid.rows().stream().map(GridTable.Row::label).toList());
        assertEquals(List.of("60.0", "40.0", "10"), grid.rows().get(0).cells());
        assertEquals(List.of("75.0", "25.0", "4"), grid.rows().get(1).cells());
        assertEquals(List.of("50.0", "50.0", "6"), grid.rows().get(2).cells());
        assertEquals(true, grid.rows().get(0).total());
    }

    @Test
    void countsShowTheCounts() {
        GridTable grid = GridTable.of(table(), true, false, EN);
        assertEquals(List.of("6", "4", "10"), grid.rows().get(0).cells());
        assertEquals(List.of("3", "1", "4"), grid.rows().get(1).cells());
    }

    @Test
    void bannerLayoutHasAnswersDownAndSegmentsAcross() {
        GridTable grid = GridTable.of(table(), false, true, JA);
        assertEquals(List.of("全体", "m", "f"), grid.headers());
        assertEquals(List.of("yes", "no", "n"), grid.rows().stream().map(GridTable.Row::label).toList());
        assertEquals(List.of("60.0", "75.0", "50.0"), grid.rows().get(0).cells());
        assertEquals(List.of("10", "4", "6"), grid.rows().get(2).cells());
    }

    @Test
    void weightedCountsKeepOneDecimal() {
        assertEquals("12.3", GridTable.number(12.34));
        assertEquals("1000", GridTable.number(1000));
    }

    @Test
    void decimalsZeroToTwo() {
        GridTable none = GridTable.of(table(), new GridFormat(GridFormat.Content.PERCENT, 0, false,
                GridFormat.TotalBase.TABLE), EN);
        assertEquals(List.of("60", "40", "10"), none.rows().get(0).cells());
        GridTable two = GridTable.of(table(), new GridFormat(GridFormat.Content.PERCENT, 2, false,
                GridFormat.TotalBase.TABLE), EN);
        assertEquals(List.of("75.00", "25.00", "4"), two.rows().get(1).cells());
    }

    @Test
    void countAndPercentTogether() {
        GridTable both = GridTable.of(table(), new GridFormat(GridFormat.Content.BOTH, 1, false,
                GridFormat.TotalBase.TABLE), EN);
        assertEquals(List.of("75.0 (3)", "25.0 (1)", "4"), both.rows().get(1).cells());
        assertEquals(new GridCell("75.0", "3", ""), both.rows().get(1).parts().get(0));
        assertEquals("Total: respondents in this table (who answered Q and A)", both.totalNote());
    }

    /*
     * The wider Total: 12 respondents answered Q, two of them (yes, no) not A.
     *   everyone who answered Q (12): yes 7 → 58.3, no 5 → 41.7; the table's Total (10) stays 60.0 / 40.0.
     */
    @Test
    void totalOfEveryoneWhoAnsweredTheQuestion() {
        Question q = Question.categorical("Q", "Q", QuestionType.SINGLE, false, List.of("yes", "no"), List.of("Q"),
                new int[] {0, 0, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1});
        Question a = Question.categorical("A", "A", QuestionType.SINGLE, false, List.of("m", "f"), List.of("A"),
                new int[] {0, 0, 0, 0, 1, 1, 1, 1, 1, 1, -1, -1});
        Crosstab table = CrosstabEngine.compute(TableSpec.of(q, a));
        Crosstab wide = CrosstabEngine.compute(TableSpec.of(q));
        GridTable tableTotal = GridTable.of(table, false, false, EN);
        assertEquals(List.of("60.0", "40.0", "10"), tableTotal.rows().get(0).cells());
        GridTable answered = GridTable.of(GridTotals.withAnsweredTotal(table, wide), new GridFormat(
                GridFormat.Content.PERCENT, 1, false, GridFormat.TotalBase.ANSWERED), EN);
        assertEquals(List.of("58.3", "41.7", "12"), answered.rows().get(0).cells());
        assertEquals(List.of("75.0", "25.0", "4"), answered.rows().get(1).cells(), "segments unchanged");
        assertEquals("Total: everyone who answered Q (including those who did not answer A)", answered.totalNote());
    }

    @Test
    void copyPutsValuesCountsAndMarksOnRowsOfTheirOwn() {
        GridTable both = GridTable.of(table(), new GridFormat(GridFormat.Content.BOTH, 1, false,
                GridFormat.TotalBase.TABLE), EN);
        com.surveypivot.export.TextTable copied = GridCopy.all(both, "Q by A", both.rows(), "n");
        assertEquals(List.of("A", "yes", "no", "n"), copied.header());
        assertEquals(List.of("Total", "60.0", "40.0", "10"), copied.rows().get(0).cells());
        assertEquals(List.of("n", "6", "4", ""), copied.rows().get(1).cells());
        assertEquals(List.of("m **", "75.0", "25.0", "4"), copied.rows().get(2).cells(), "m's base is under 30");
    }
}

package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.surveypivot.analysis.Crosstab;
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
}

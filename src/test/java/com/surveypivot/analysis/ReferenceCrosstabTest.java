package com.surveypivot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against R's {@code table()} and {@code chisq.test(correct = FALSE)} on real survey data
 * (/work/shared/data, copied to src/test/resources/analysis): every check of checks.csv. Counts and bases
 * exactly; percentages, chi-square statistic and minimum expected count to 1e-9; p-values to 1e-9 relative;
 * df exactly. Rows and columns are matched by label, and the table must hold exactly the reference's labels.
 */
class ReferenceCrosstabTest {
    private static final double EPS = 1e-9;

    static Stream<Arguments> checks() {
        return ReferenceData.csv("checks.csv").stream().map(r -> Arguments.of(r.get("pair_id"), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void matchesR(String pair, CSVRecord check) {
        Question[] qb = ReferenceData.check(check);
        Crosstab table = CrosstabEngine.crosstab(qb[0], qb[1]);
        if (check.get("kind").equals("multi")) {
            compareMulti(pair, table);
        } else {
            compareSingle(pair, table);
        }
    }

    static void compareSingle(String pair, Crosstab table) {
        List<CSVRecord> cells = ReferenceData.csv("crosstabs.csv").stream()
                .filter(r -> r.get("pair_id").equals(pair)).toList();
        assertTrue(cells.size() > 0, pair + " has reference cells");
        Set<String> rowLabels = new HashSet<>();
        Set<String> columnLabels = new HashSet<>();
        for (CSVRecord cell : cells) {
            String where = pair + " " + cell.get("row_label") + " × " + cell.get("col_label");
            rowLabels.add(cell.get("row_label"));
            columnLabels.add(cell.get("col_label"));
            TableRow row = row(table, cell.get("row_label"));
            int column = column(table, cell.get("col_label"), cell.get("col_kind"));
            assertEquals(Double.parseDouble(cell.get("count")), row.count(column), 0, where + " count");
            assertEquals(Double.parseDouble(cell.get("col_base")), table.columns().get(column).base(), 0,
                    where + " base");
            assertEquals(Integer.parseInt(cell.get("col_base")), table.columns().get(column).unweightedBase(),
                    where + " unweighted base");
            assertEquals(Double.parseDouble(cell.get("col_pct")), row.percent(column), EPS, where + " %");
            assertNull(row.chiSquare(), where + " no row test for a single-choice question");
        }
        assertEquals(rowLabels.size(), table.rows().size(), pair + " rows");
        assertEquals(columnLabels.size(), table.columns().size(), pair + " columns (Total included)");

        CSVRecord ref = ReferenceData.csv("chisq.csv").stream().filter(r -> r.get("pair_id").equals(pair))
                .findFirst().orElseThrow();
        ChiSquare chi = table.chiSquare();
        assertNotNull(chi, pair + " chi-square");
        assertEquals(Integer.parseInt(ref.get("df")), chi.df(), pair + " df");
        assertRelative(Double.parseDouble(ref.get("chi2")), chi.statistic(), pair + " chi2");
        assertPValue(Double.parseDouble(ref.get("p_value")), chi.pValue(), pair);
        assertEquals(Double.parseDouble(ref.get("min_expected")), chi.minExpected(), EPS, pair + " min expected");
        assertEquals(Integer.parseInt(ref.get("n_cells_expected_lt5")), chi.cellsBelowFive(), pair + " cells < 5");
        assertEquals(Integer.parseInt(ref.get("n_cells")), chi.cells(), pair + " cells");
        assertEquals(Double.parseDouble(ref.get("n")), chi.n(), 0, pair + " n");
        assertEquals(!ref.get("r_warning").isEmpty(), chi.smallExpectedCounts(), pair + " R's warning");
    }

    static void compareMulti(String pair, Crosstab table) {
        assertNull(table.chiSquare(), pair + ": no single chi-square for a multi-response set");
        List<CSVRecord> cells = ReferenceData.csv("multi_response.csv").stream()
                .filter(r -> r.get("pair_id").equals(pair)).toList();
        assertTrue(cells.size() > 0, pair + " has reference cells");
        Set<String> rowLabels = new HashSet<>();
        Set<String> columnLabels = new HashSet<>();
        for (CSVRecord cell : cells) {
            String where = pair + " " + cell.get("option") + " × " + cell.get("col_label");
            rowLabels.add(cell.get("option"));
            columnLabels.add(cell.get("col_label"));
            TableRow row = row(table, cell.get("option"));
            int column = column(table, cell.get("col_label"), cell.get("col_kind"));
            assertEquals(Double.parseDouble(cell.get("selected")), row.count(column), 0, where + " selected");
            assertEquals(Double.parseDouble(cell.get("col_base")), table.columns().get(column).base(), 0,
                    where + " base");
            assertEquals(Double.parseDouble(cell.get("col_pct")), row.percent(column), EPS, where + " %");
        }
        assertEquals(rowLabels.size(), table.rows().size(), pair + " rows");
        assertEquals(columnLabels.size(), table.columns().size(), pair + " columns (Total included)");

        List<CSVRecord> tests = ReferenceData.csv("multi_response_chisq.csv").stream()
                .filter(r -> r.get("pair_id").equals(pair)).toList();
        assertEquals(table.rows().size(), tests.size(), pair + " one test per option");
        for (CSVRecord ref : tests) {
            String where = pair + " " + ref.get("option");
            ChiSquare chi = row(table, ref.get("option")).chiSquare();
            assertNotNull(chi, where + " chi-square");
            assertEquals(Integer.parseInt(ref.get("df")), chi.df(), where + " df");
            assertRelative(Double.parseDouble(ref.get("chi2")), chi.statistic(), where + " chi2");
            assertPValue(Double.parseDouble(ref.get("p_value")), chi.pValue(), where);
            assertEquals(Double.parseDouble(ref.get("min_expected")), chi.minExpected(), EPS,
                    where + " min expected");
            assertEquals(Double.parseDouble(ref.get("n")), chi.n(), 0, where + " n");
            assertEquals(2 * Integer.parseInt(ref.get("n_cols")), chi.cells(), where + " cells");
            assertEquals(!ref.get("r_warning").isEmpty(), chi.smallExpectedCounts(), where + " R's warning");
        }
    }

    static TableRow row(Crosstab table, String label) {
        return table.rows().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    static int column(Crosstab table, String label, String kind) {
        if (kind.equals("total")) {
            assertTrue(table.columns().get(0).total(), "Total is column 0");
            assertEquals(CrosstabEngine.TOTAL, table.columns().get(0).label());
            return 0;
        }
        for (int j = 1; j < table.columns().size(); j++) {
            if (table.columns().get(j).label().equals(label)) {
                return j;
            }
        }
        throw new AssertionError("no column " + label);
    }

    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, EPS * Math.max(1, Math.abs(expected)), what);
    }

    /** R prints 0 where p underflows a double; elsewhere the relative error must be under 1e-9. */
    private static void assertPValue(double expected, double actual, String what) {
        if (expected == 0) {
            assertTrue(actual < Double.MIN_NORMAL, what + " p underflows: " + actual);
        } else {
            assertEquals(expected, actual, EPS * expected, what + " p");
        }
    }
}

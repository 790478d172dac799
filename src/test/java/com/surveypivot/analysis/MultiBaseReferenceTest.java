package com.surveypivot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The other bases of a multi-response question against R (multi_response.csv, copied from /work/shared/data):
 * "% of respondents answering" ({@code col_pct_of_any}: base = respondents in the column who ticked ≥ 1 option) and
 * "% of mentions" ({@code col_pct_of_mentions}: base = ticks in the column), to 1e-9; counts and the columns'
 * respondent bases stay as with the default base.
 */
class MultiBaseReferenceTest {
    static Stream<Arguments> multiChecks() {
        return ReferenceData.csv("checks.csv").stream().filter(r -> r.get("kind").equals("multi"))
                .map(r -> Arguments.of(r.get("pair_id"), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("multiChecks")
    void answeringAndMentionsMatchR(String pair, CSVRecord check) {
        Question[] qb = ReferenceData.check(check);
        CellOptions defaults = CellOptions.defaults();
        Crosstab answering = CrosstabEngine.compute(TableSpec.of(qb[0], qb[1])
                .withOptions(defaults.withMultiBase(CellOptions.MultiBase.ANSWERING)));
        Crosstab mentions = CrosstabEngine.compute(TableSpec.of(qb[0], qb[1])
                .withOptions(defaults.withMultiBase(CellOptions.MultiBase.MENTIONS)));
        List<CSVRecord> cells = ReferenceData.csv("multi_response.csv").stream()
                .filter(r -> r.get("pair_id").equals(pair)).toList();
        assertTrue(cells.size() > 0, pair + " has reference cells");
        for (CSVRecord cell : cells) {
            String where = pair + " " + cell.get("option") + " × " + cell.get("col_label");
            for (Crosstab table : List.of(answering, mentions)) {
                TableRow row = ReferenceCrosstabTest.row(table, cell.get("option"));
                int column = ReferenceCrosstabTest.column(table, cell.get("col_label"), cell.get("col_kind"));
                assertEquals(Double.parseDouble(cell.get("selected")), row.count(column), 0, where + " selected");
                assertEquals(Double.parseDouble(cell.get("col_base")), table.columns().get(column).base(), 0,
                        where + " base");
                String expected = table == answering ? cell.get("col_pct_of_any") : cell.get("col_pct_of_mentions");
                assertEquals(Double.parseDouble(expected), row.percent(column), 1e-9,
                        where + (table == answering ? " % of answering" : " % of mentions"));
            }
        }
    }
}

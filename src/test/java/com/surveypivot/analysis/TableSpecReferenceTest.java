package com.surveypivot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.surveypivot.survey.Question;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CrosstabEngine#compute(TableSpec)} against the R references in src/test/resources/analysis (counts exactly,
 * percentages and chi-square to 1e-9). The filter of hob_04 (Sex = F) goes through {@link Filter#parse} on the
 * whole file, where R filtered the rows first.
 */
class TableSpecReferenceTest {

    static Stream<Arguments> checks() {
        return ReferenceData.csv("checks.csv").stream().map(r -> Arguments.of(r.get("pair_id"), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void computeMatchesR(String pair, CSVRecord check) {
        Map<String, String[]> table = ReferenceData.table(check.get("file"), check.get("sheet"));
        boolean multi = check.get("kind").equals("multi");
        Question question = multi
                ? ReferenceData.multi(table, check.get("question"), Arrays.asList(check.get("multi_columns").split("\\|")))
                : ReferenceData.single(table, check.get("question"));
        Question by = ReferenceData.single(table, check.get("by"));
        TableSpec spec = TableSpec.of(question, by);
        if (!check.get("filter_column").isBlank()) {
            String column = check.get("filter_column");
            Question filterQuestion = ReferenceData.single(table, column);
            spec = spec.withFilter(Filter.parse(column + "=" + check.get("filter_value"),
                    key -> key.equals(column) ? Optional.of(filterQuestion) : Optional.empty()));
        }
        Crosstab result = CrosstabEngine.compute(spec);
        if (multi) {
            ReferenceCrosstabTest.compareMulti(pair, result);
        } else {
            ReferenceCrosstabTest.compareSingle(pair, result);
        }
    }

    /*
     * A banner of three attributes side by side (hob_01 Sex, hob_02 Age, hob_03 Profession): each group's columns
     * and each option's chi-square within the group are R's for that pair alone.
     */
    @Test
    void bannerGroupsMatchTheirOwnReferences() {
        List<CSVRecord> checks = ReferenceData.csv("checks.csv").stream()
                .filter(r -> List.of("hob_01", "hob_02", "hob_03").contains(r.get("pair_id"))).toList();
        Map<String, String[]> table = ReferenceData.table(checks.get(0).get("file"), checks.get(0).get("sheet"));
        Question hobbies = ReferenceData.multi(table, "Hobbies",
                Arrays.asList(checks.get(0).get("multi_columns").split("\\|")));
        Question[] banner = checks.stream().map(c -> ReferenceData.single(table, c.get("by"))).toArray(Question[]::new);
        Crosstab result = CrosstabEngine.compute(TableSpec.of(hobbies, banner));
        assertEquals(3, result.groups().size());
        assertNull(result.chiSquare());
        List<CSVRecord> tests = ReferenceData.csv("multi_response_chisq.csv");
        for (int g = 0; g < 3; g++) {
            ColumnGroup group = result.groups().get(g);
            String pair = checks.get(g).get("pair_id");
            assertEquals(checks.get(g).get("by"), group.name());
            for (CSVRecord ref : tests.stream().filter(r -> r.get("pair_id").equals(pair)).toList()) {
                int row = result.rows().indexOf(ReferenceCrosstabTest.row(result, ref.get("option")));
                ChiSquare chi = group.rowChiSquares().get(row);
                double expected = Double.parseDouble(ref.get("chi2"));
                assertEquals(expected, chi.statistic(), 1e-9 * Math.max(1, expected), pair + " " + ref.get("option"));
                assertEquals(Integer.parseInt(ref.get("df")), chi.df());
            }
            // the group's column bases are the pair's own
            CSVRecord anyCell = ReferenceData.csv("multi_response.csv").stream()
                    .filter(r -> r.get("pair_id").equals(pair) && r.get("col_kind").equals("total")).findFirst()
                    .orElseThrow();
            assertEquals(Double.parseDouble(anyCell.get("col_base")), group.base(), 0, pair + " group base");
        }
    }
}

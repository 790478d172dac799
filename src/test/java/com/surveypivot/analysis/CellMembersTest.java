package com.surveypivot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The respondents behind each cell of sample tables, against plain loops over the answers. */
class CellMembersTest {
    private static Survey sample;

    @BeforeAll
    static void read() throws Exception {
        sample = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
    }

    private static Question q(String id) {
        return sample.find(id).orElseThrow();
    }

    @Test
    void singleBySingleWithAFilterMatchesALoopAndTheEngineCounts() {
        Question q3 = q("Q3");
        Question size = q("従業員規模");
        Question industry = q("業種");
        Filter filter = Filter.answer(industry, "製造", "IT・通信");
        TableSpec spec = TableSpec.of(q3, size).withFilter(filter);
        Crosstab table = CrosstabEngine.compute(spec);
        int manufacturing = industry.indexOf("製造");
        int it = industry.indexOf("IT・通信");
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            for (int c = 0; c < table.columns().size(); c++) {
                RespondentSet set = CellMembers.of(spec, table, r, c).orElseThrow(() -> new AssertionError(
                        row.label()));
                int expected = 0;
                for (int p = 0; p < sample.respondents(); p++) {
                    int ind = industry.code(p);
                    boolean kept = ind == manufacturing || ind == it;
                    boolean inColumn = c == 0 ? size.code(p) >= 0
                            : size.code(p) == size.indexOf(table.columns().get(c).label());
                    String answer = label(q3, p);
                    boolean inRow = answer != null && (row.net() ? row.members().contains(answer)
                            : row.label().equals(answer));
                    if (kept && inColumn && inRow) {
                        expected++;
                        assertTrue(set.contains(p));
                    }
                }
                assertEquals(expected, set.count(), row.label() + " / " + table.columns().get(c).label());
                assertEquals(row.count(c), set.count(), 1e-9, "the engine counts the same respondents");
            }
        }
        for (int c = 0; c < table.columns().size(); c++) {
            assertEquals(table.columns().get(c).unweightedBase(), CellMembers.of(spec, table, -1, c).orElseThrow()
                    .count(), "column base");
        }
    }

    @Test
    void multiResponseAttributeCountsEveryOptionTicked() {
        Question q2 = q("Q2");
        Question q1 = q("Q1");
        TableSpec spec = TableSpec.of(q2, q1);
        Crosstab table = CrosstabEngine.compute(spec);
        for (int c = 1; c < table.columns().size(); c++) {
            int option = q1.indexOf(table.columns().get(c).label());
            RespondentSet set = CellMembers.of(spec, table, 0, c).orElseThrow();
            int expected = 0;
            for (int p = 0; p < sample.respondents(); p++) {
                if (q1.members(option).contains(p) && q2.code(p) == q2.indexOf(table.rows().get(0).label())) {
                    expected++;
                }
            }
            assertEquals(expected, set.count());
        }
    }

    @Test
    void bannerOfTwoAttributesFindsEachGroupsColumns() {
        Question q3 = q("Q3");
        TableSpec spec = new TableSpec(q3, List.of(q("業種"), q("役職")), null, null, null, List.of(),
                CellOptions.defaults());
        Crosstab table = CrosstabEngine.compute(spec);
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                assertEquals(table.rows().get(r).count(c), CellMembers.of(spec, table, r, c).orElseThrow().count(),
                        1e-9, r + "/" + c);
            }
        }
    }

    @Test
    void nestedBannerFindsEachOuterCategorysColumns() {
        TableSpec spec = TableSpec.of(q("Q3"), q("従業員規模")).withNest(q("役職"));
        Crosstab table = CrosstabEngine.compute(spec);
        assertTrue(table.columns().size() > 10);
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                assertEquals(table.rows().get(r).count(c), CellMembers.of(spec, table, r, c).orElseThrow().count(),
                        1e-9, r + "/" + c);
            }
        }
    }

    private static String label(Question q, int p) {
        int code = q.code(p);
        return code < 0 ? null : q.categories().get(code);
    }
}

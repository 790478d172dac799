package com.surveypivot.notes;

import com.surveypivot.analysis.ChiSquare;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.List;

/** Hand-built crosstabs for tests: counts and bases given, percents = 100 · count / base. */
public final class Tables {
    private Tables() {
    }

    public static Question single(String id, QuestionType type, String... categories) {
        return Question.categorical(id, id, type, type == QuestionType.SCALE, List.of(categories), List.of(id),
                new int[0]);
    }

    public static Question multi(String id, String... options) {
        List<RespondentSet> ticks = new ArrayList<>();
        for (String option : options) {
            ticks.add(new RespondentSet(0));
        }
        return Question.multi(id, id, List.of(options), List.of(options), ticks, new RespondentSet(0));
    }

    /**
     * @param segments segment labels (the Total is added first)
     * @param bases    Total base first, then one per segment
     * @param answers  row labels
     * @param counts   per row: Total count first, then one per segment
     */
    public static Crosstab table(Question question, Question by, List<String> segments, int[] bases,
            List<String> answers, int[][] counts, ChiSquare chi, List<ChiSquare> rowChi) {
        List<TableColumn> columns = new ArrayList<>();
        columns.add(new TableColumn("Total", bases[0], bases[0], true));
        for (int s = 0; s < segments.size(); s++) {
            columns.add(new TableColumn(segments.get(s), bases[s + 1], bases[s + 1], false));
        }
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < answers.size(); r++) {
            double[] c = new double[bases.length];
            double[] p = new double[bases.length];
            for (int k = 0; k < bases.length; k++) {
                c[k] = counts[r][k];
                p[k] = bases[k] == 0 ? Double.NaN : 100.0 * counts[r][k] / bases[k];
            }
            rows.add(new TableRow(answers.get(r), c, p, rowChi == null ? null : rowChi.get(r)));
        }
        return new Crosstab(question, by, columns, rows, chi, false);
    }
}

package com.surveypivot.analysis;

import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The top-2 box of a 4- or 5-point scale: the share of each column that gave one of the scale's two top answers.
 * Scale categories are ordered from the top end first, "don't know"-style answers last (the survey model's
 * convention), so the top two are categories 0 and 1; trailing "don't know"-style answers do not count as points.
 */
public final class TopBox {
    /** Normalised labels (lower case, NFKC, no spaces or apostrophes) of answers that are not scale points. */
    private static final Set<String> NOT_A_POINT = Set.of(
            "わからない", "分からない", "判らない", "わからない・答えられない", "答えられない", "答えたくない",
            "該当しない", "該当なし", "無回答", "不明", "その他",
            "dontknow", "donotknow", "dk", "na", "n/a", "notapplicable", "noanswer", "prefernottosay",
            "prefernottoanswer", "cantsay", "notsure", "unsure", "refused", "other");

    private TopBox() {
    }

    /** How many substantive points a scale has: its categories less the trailing "don't know"-style ones. */
    public static int points(Question question) {
        List<String> categories = question.categories();
        int n = categories.size();
        while (n > 0 && isNotAPoint(categories.get(n - 1))) {
            n--;
        }
        return n;
    }

    /** Whether the top-2 box applies: a SCALE question with 4 or 5 substantive points. */
    public static boolean applies(Question question) {
        if (question == null || question.type() != QuestionType.SCALE) {
            return false;
        }
        int points = points(question);
        return points == 4 || points == 5;
    }

    /** The top-2 row in the current locale; see {@link #topTwo(Crosstab, Locale)}. */
    public static TableRow topTwo(Crosstab table) {
        return topTwo(table, Messages.locale());
    }

    /**
     * The top-2 box of a table as a row aligned with its columns: counts of respondents who gave category 0 or 1,
     * percents of each column's base (NaN where the base is 0), no chi-square.
     *
     * @return the row, or null when the table's question is not a 4- or 5-point scale
     */
    public static TableRow topTwo(Crosstab table, Locale locale) {
        Question question = table.question();
        if (!applies(question)) {
            return null;
        }
        String first = question.categories().get(0);
        String second = question.categories().get(1);
        int k = table.columns().size();
        double[] counts = new double[k];
        for (TableRow row : table.rows()) {
            if (row.label().equals(first) || row.label().equals(second)) {
                for (int j = 0; j < k; j++) {
                    counts[j] += row.count(j);
                }
            }
        }
        double[] percents = new double[k];
        for (int j = 0; j < k; j++) {
            double base = table.columns().get(j).base();
            percents[j] = base > 0 ? 100.0 * counts[j] / base : Double.NaN;
        }
        return new TableRow(Messages.get(locale, "analysis.topTwo", first, second), counts, percents, null);
    }

    static boolean isNotAPoint(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s'’.\\-]", "");
        return NOT_A_POINT.contains(s);
    }
}

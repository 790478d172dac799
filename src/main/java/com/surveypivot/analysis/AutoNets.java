package com.surveypivot.analysis;

import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The automatic NETs of a scale: top-2 and bottom-2 boxes of a 4- or 5-point scale, top-3 and bottom-3 of a
 * 7-point scale (categories are ordered from the top end first), and promoters (9–10), passives (7–8) and
 * detractors (0–6) of a 0–10 scale, whose NPS is % promoters − % detractors.
 */
public final class AutoNets {
    private AutoNets() {
    }

    /**
     * An automatic NET.
     *
     * @param label      the row label
     * @param categories indexes of its answers in the question's categories
     * @param kind       TOP, BOTTOM, PROMOTERS, PASSIVES or DETRACTORS
     */
    public record AutoNet(String label, int[] categories, Kind kind) {
    }

    /** What an automatic NET is. */
    public enum Kind {
        TOP, BOTTOM, PROMOTERS, PASSIVES, DETRACTORS
    }

    /** The automatic NETs of a question (empty where none apply). */
    public static List<AutoNet> of(Question question, Locale locale) {
        List<AutoNet> out = new ArrayList<>();
        if (question.isMulti() || question.type() == QuestionType.GRID || question.categoryCount() == 0) {
            return out;
        }
        int[] zeroToTen = zeroToTen(question);
        if (zeroToTen != null) {
            out.add(nps(question, zeroToTen, 9, 10, Kind.PROMOTERS, locale));
            out.add(nps(question, zeroToTen, 7, 8, Kind.PASSIVES, locale));
            out.add(nps(question, zeroToTen, 0, 6, Kind.DETRACTORS, locale));
            return out;
        }
        if (question.type() != QuestionType.SCALE) {
            return out;
        }
        int points = TopBox.points(question);
        int box = points == 4 || points == 5 ? 2 : points == 7 ? 3 : 0;
        if (box == 0) {
            return out;
        }
        int[] top = new int[box];
        int[] bottom = new int[box];
        for (int i = 0; i < box; i++) {
            top[i] = i;
            bottom[i] = points - box + i;
        }
        out.add(new AutoNet(Messages.get(locale, "analysis.net.top", box), top, Kind.TOP));
        out.add(new AutoNet(Messages.get(locale, "analysis.net.bottom", box), bottom, Kind.BOTTOM));
        return out;
    }

    /** For a 0–10 question, the category index of each score 0..10; else null. */
    static int[] zeroToTen(Question question) {
        if (TopBox.points(question) != 11 && question.categoryCount() != 11) {
            return null;
        }
        int[] index = new int[11];
        java.util.Arrays.fill(index, -1);
        int found = 0;
        for (int c = 0; c < question.categoryCount(); c++) {
            String label = question.categories().get(c).strip();
            if (label.matches("\\d{1,2}")) {
                int v = Integer.parseInt(label);
                if (v <= 10 && index[v] < 0) {
                    index[v] = c;
                    found++;
                }
            } else if (!TopBox.isNotAPoint(label)) {
                return null;
            }
        }
        return found == 11 ? index : null;
    }

    private static AutoNet nps(Question q, int[] index, int from, int to, Kind kind, Locale locale) {
        int[] cats = new int[to - from + 1];
        for (int v = from; v <= to; v++) {
            cats[v - from] = index[v];
        }
        String key = "analysis.net." + kind.name().toLowerCase(Locale.ROOT);
        return new AutoNet(Messages.get(locale, key, from, to), cats, kind);
    }
}

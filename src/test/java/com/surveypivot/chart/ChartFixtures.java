package com.surveypivot.chart;

import com.surveypivot.analysis.ChiSquare;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made crosstabs for chart tests, built with the record constructors (not by the engine): the counts are
 * written here, percents are count / base × 100.
 */
final class ChartFixtures {
    static final List<String> Q2_ANSWERS = List.of("十分に連携できている",
            "連携マインドは高いが、戦略・KPI・システム面等の環境が整っていない", "限定的にしか連携できていない",
            "ほとんど連携できていない", "わからない");
    static final List<String> Q1_OPTIONS = List.of("経営企画・事業戦略", "広告宣伝・販促", "調査・リサーチ",
            "商品・サービス企画", "BtoBリード獲得・ナーチャリング", "営業・営業企画", "カスタマーサービス",
            "システム管理・導入", "サイト運営・管理", "その他");
    static final List<String> Q3_ANSWERS = List.of("とても悩んでいる", "悩んでいる", "どちらともいえない",
            "あまり悩んでいない", "まったく悩んでいない");

    private ChartFixtures() {
    }

    static Question single(String id, String text, QuestionType type, boolean ordered, List<String> categories) {
        return Question.categorical(id, text, type, ordered, categories, List.of(id + " " + text), new int[] {0});
    }

    static Question multi(String id, String text, List<String> options) {
        List<RespondentSet> ticks = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            ticks.add(new RespondentSet(1));
        }
        return Question.multi(id, text, options, options, ticks, new RespondentSet(1));
    }

    static Question q1() {
        return multi("Q1", "担当業務（複数回答）", Q1_OPTIONS);
    }

    static Question q2() {
        return single("Q2", "部門間の業務連携状況", QuestionType.SINGLE, false, Q2_ANSWERS);
    }

    static Question q3() {
        return single("Q3", "部門間連携の悩みの度合い", QuestionType.SCALE, true, Q3_ANSWERS);
    }

    /**
     * Q2 by Q1 (job functions, a multi-response attribute). counts[answer][column], column 0 = Total.
     * Bases: Total 1000; each function column sums to its base (a single-choice question).
     */
    static Crosstab q2ByQ1() {
        int[][] counts = {
            //  Total 経営 広告 調査 商品 BtoB 営業 CS システム サイト その他
            {160, 34, 12, 14, 28, 20, 46, 24, 16, 12, 8},
            {330, 60, 52, 40, 55, 37, 88, 45, 40, 30, 12},
            {260, 45, 48, 34, 40, 28, 70, 36, 36, 24, 9},
            {150, 25, 30, 24, 25, 17, 42, 22, 22, 16, 5},
            {100, 16, 8, 8, 12, 8, 14, 13, 16, 8, 6},
        };
        return table(q2(), q1(), Q1_OPTIONS, Q2_ANSWERS, counts, null);
    }

    /** Q3 (a 5-point scale) by a three-category attribute. */
    static Crosstab q3BySize() {
        int[][] counts = {
            // Total, 99人以下, 100〜999人, 1,000人以上
            {120, 30, 40, 50},
            {300, 70, 110, 120},
            {280, 90, 100, 90},
            {200, 60, 70, 70},
            {100, 50, 30, 20},
        };
        Question size = single("従業員規模", "従業員規模", QuestionType.SINGLE, true,
                List.of("99人以下", "100〜999人", "1,000人以上"));
        return table(q3(), size, size.categories(), Q3_ANSWERS, counts, null);
    }

    /**
     * Q4-like multi-response question by a two-category attribute: columns sum past 100%.
     * Bases: Total 400, 営業 150, マーケティング 250.
     */
    static Crosstab multiByRole() {
        List<String> options = List.of("経営企画・事業戦略系と現場", "マーケティング系とプロダクト開発系",
                "商品・サービス企画と営業");
        Question q4 = multi("Q4", "連携に課題がある部門間（上位2つまで）", options);
        Question role = single("部門", "部門", QuestionType.SINGLE, false, List.of("営業", "マーケティング"));
        int[][] counts = {
            {180, 60, 120},
            {140, 45, 95},
            {120, 70, 50},
        };
        return table(q4, role, role.categories(), options, counts, new int[] {400, 150, 250});
    }

    /** Q4 (multi-response, 8 pairs) by Q1 (10 job functions): 11 series per option. */
    static Crosstab q4ByQ1() {
        List<String> pairs = List.of("経営企画・事業戦略系と現場（マーケティングや営業）", "マーケティング系とプロダクト開発系",
                "商品・サービス企画と営業", "広告宣伝・販促と営業", "BtoBリード獲得・ナーチャリングと営業",
                "営業とCS（カスタマーサポート・カスタマーサクセス）", "システム部門と現場", "その他");
        int[] bases = {950, 170, 140, 115, 150, 105, 250, 130, 125, 85, 38};
        int[][] counts = new int[pairs.size()][bases.length];
        double[] share = {0.42, 0.33, 0.26, 0.18, 0.09, 0.08, 0.15, 0.03};
        for (int o = 0; o < pairs.size(); o++) {
            for (int c = 0; c < bases.length; c++) {
                double tilt = 1 + 0.25 * Math.sin(o * 1.7 + c * 0.9);
                counts[o][c] = (int) Math.round(bases[c] * share[o] * tilt);
            }
        }
        Question q4 = multi("Q4", "連携に課題がある部門間（上位2つまで）", pairs);
        return table(q4, q1(), Q1_OPTIONS, pairs, counts, bases);
    }

    /** Builds the table; bases are the column sums unless given (multi-response questions). */
    static Crosstab table(Question question, Question by, List<String> segmentLabels, List<String> answers,
            int[][] counts, int[] bases) {
        int columns = segmentLabels.size() + 1;
        int[] base = bases != null ? bases : new int[columns];
        if (bases == null) {
            for (int[] row : counts) {
                for (int c = 0; c < columns; c++) {
                    base[c] += row[c];
                }
            }
        }
        List<TableColumn> cols = new ArrayList<>();
        cols.add(new TableColumn("Total", base[0], base[0], true));
        for (int c = 1; c < columns; c++) {
            cols.add(new TableColumn(segmentLabels.get(c - 1), base[c], base[c], false));
        }
        List<TableRow> rows = new ArrayList<>();
        for (int a = 0; a < answers.size(); a++) {
            double[] count = new double[columns];
            double[] percent = new double[columns];
            for (int c = 0; c < columns; c++) {
                count[c] = counts[a][c];
                percent[c] = base[c] == 0 ? Double.NaN : 100.0 * counts[a][c] / base[c];
            }
            rows.add(new TableRow(answers.get(a), count, percent, null));
        }
        ChiSquare chi = null;
        return new Crosstab(question, by, cols, rows, chi, false);
    }
}

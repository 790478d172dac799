package com.surveypivot.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that the committed sample survey tells the story of issue 2 ("The bundled sample survey", findings 1–6).
 * Everything is computed here with plain loops over the rows of the sheet, independently of the app's engine.
 * Bases follow the crosstab rule: a respondent counts when they answered the question and ticked at least one job
 * function; segments of Q1 with a base under 30 (その他) are not compared.
 */
class SampleSurveyStoryTest {

    static final String Q2 = "Q2 部門間の業務連携状況";
    static final String Q3 = "Q3 部門間連携の悩みの度合い";
    static final String Q4 = "Q4 連携に課題がある部門間（上位2つまで）";
    static final String Q5 = "Q5 ご意見（自由回答）";
    static final List<String> Q2_OPTIONS = List.of(
            "十分に連携できている",
            "連携マインドは高いが、戦略・KPI・システム面等の環境が整っていない",
            "限定的にしか連携できていない",
            "ほとんど連携できていない",
            "わからない");
    static final Set<String> NOT_LINKED = Set.of(Q2_OPTIONS.get(1), Q2_OPTIONS.get(2), Q2_OPTIONS.get(3));
    static final List<String> Q3_SCALE = List.of(
            "とても悩んでいる", "悩んでいる", "どちらともいえない", "あまり悩んでいない", "まったく悩んでいない");
    static final Set<String> TOP2 = Set.of("とても悩んでいる", "悩んでいる");
    static final String MANAGEMENT_FIELD = "経営企画・事業戦略系と現場（マーケティングや営業）";
    static final String MARKETING_PRODUCT = "マーケティング系とプロダクト開発系";
    static final String PLANNING_SALES = "商品・サービス企画と営業";
    static final String PROMOTION_SALES = "広告宣伝・販促と営業";
    static final String LEADS_SALES = "BtoBリード獲得・ナーチャリングと営業";
    static final String SALES_SUPPORT = "営業とCS（カスタマーサポート・カスタマーサクセス）";
    static final List<String> Q4_PAIRS = List.of(MANAGEMENT_FIELD, MARKETING_PRODUCT, PLANNING_SALES,
            PROMOTION_SALES, LEADS_SALES, SALES_SUPPORT, "システム部門と現場", "その他");
    static final Set<String> MARKETING_SALES = Set.of(PLANNING_SALES, PROMOTION_SALES, LEADS_SALES);

    static final String MANAGEMENT = "経営企画・事業戦略";
    static final String ADVERTISING = "広告宣伝・販促";
    static final String RESEARCH = "調査・リサーチ";
    static final String SALES = "営業・営業企画";
    static final String SUPPORT = "カスタマーサービス";
    static final String SYSTEMS = "システム管理・導入";
    static final String SITE = "サイト運営・管理";
    static final String OTHER = "その他";

    static SampleSheet sheet;
    /** Q1 header text per function label, in column order. */
    static final Map<String, String> q1Columns = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        sheet = SampleSheet.committed();
        for (String header : sheet.headers) {
            if (header.startsWith("Q1_")) {
                q1Columns.put(header.substring(header.indexOf(':') + 1), header);
            }
        }
    }

    static List<String> functions(Map<String, String> row) {
        List<String> ticked = new ArrayList<>();
        q1Columns.forEach((label, column) -> {
            if ("1.0".equals(row.get(column))) {
                ticked.add(label);
            }
        });
        return ticked;
    }

    static List<String> pairs(Map<String, String> row) {
        String cell = row.get(Q4);
        return cell == null ? List.of() : List.of(cell.split(";"));
    }

    /** Share (0–1) and base of {@code hit} among respondents who answered {@code question} and match {@code who}. */
    static double[] share(String question, Predicate<Map<String, String>> who, Predicate<Map<String, String>> hit) {
        double base = 0;
        double hits = 0;
        for (Map<String, String> row : sheet.rows) {
            if (row.get(question) != null && !functions(row).isEmpty() && who.test(row)) {
                base++;
                if (hit.test(row)) {
                    hits++;
                }
            }
        }
        return new double[] {hits / base, base};
    }

    static Predicate<Map<String, String>> ticks(String function) {
        return row -> functions(row).contains(function);
    }

    static Predicate<Map<String, String>> answer(String question, Set<String> labels) {
        return row -> labels.contains(row.get(question));
    }

    static Predicate<Map<String, String>> names(String pair) {
        return row -> pairs(row).contains(pair);
    }

    /** Two-sided p of the pooled two-proportion z-test: segment against the respondents outside it. */
    static double twoProportionP(double[] segment, double[] rest) {
        double x1 = segment[0] * segment[1];
        double x2 = rest[0] * rest[1];
        double pooled = (x1 + x2) / (segment[1] + rest[1]);
        double z = (segment[0] - rest[0]) / Math.sqrt(pooled * (1 - pooled) * (1 / segment[1] + 1 / rest[1]));
        return Erf.erfc(Math.abs(z) / Math.sqrt(2)); // = 2 * (1 - Phi(|z|))
    }

    static String pct(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    /** Q1 functions whose base on {@code question} is at least 30, except those listed. */
    static List<String> comparableFunctions(String question, Set<String> except) {
        List<String> list = new ArrayList<>();
        for (String f : q1Columns.keySet()) {
            if (!except.contains(f) && share(question, ticks(f), r -> true)[1] >= 30) {
                list.add(f);
            }
        }
        return list;
    }

    @Test
    void finding1_q2_about70PercentNotOrOnlyPartly_option2MostCommon() {
        double[] notLinked = share(Q2, r -> true, answer(Q2, NOT_LINKED));
        assertTrue(notLinked[0] >= 0.65 && notLinked[0] <= 0.75, "Q2 options 2–4: " + pct(notLinked[0]));
        double option2 = share(Q2, r -> true, answer(Q2, Set.of(Q2_OPTIONS.get(1))))[0];
        for (String option : Q2_OPTIONS.subList(2, 5).stream().toList()) {
            double other = share(Q2, r -> true, answer(Q2, Set.of(option)))[0];
            assertTrue(option2 > other + 0.05, "option 2 " + pct(option2) + " vs " + option + " " + pct(other));
        }
        double option1 = share(Q2, r -> true, answer(Q2, Set.of(Q2_OPTIONS.get(0))))[0];
        assertTrue(option2 > option1 + 0.05, "option 2 " + pct(option2) + " vs option 1 " + pct(option1));
    }

    @Test
    void finding2_q2ByQ1_advertisingThenResearchThenSales() {
        double ad = share(Q2, ticks(ADVERTISING), answer(Q2, NOT_LINKED))[0];
        double research = share(Q2, ticks(RESEARCH), answer(Q2, NOT_LINKED))[0];
        double sales = share(Q2, ticks(SALES), answer(Q2, NOT_LINKED))[0];
        assertTrue(ad > research, ADVERTISING + " " + pct(ad) + " > " + RESEARCH + " " + pct(research));
        assertTrue(research > sales, RESEARCH + " " + pct(research) + " > " + SALES + " " + pct(sales));
        for (String f : comparableFunctions(Q2, Set.of(ADVERTISING, RESEARCH, SALES))) {
            double share = share(Q2, ticks(f), answer(Q2, NOT_LINKED))[0];
            assertTrue(sales > share + 0.03, SALES + " " + pct(sales) + " > " + f + " " + pct(share));
        }
    }

    @Test
    void finding2_advertisingStandsOutOnQ2_zTest() {
        double[] segment = share(Q2, ticks(ADVERTISING), answer(Q2, NOT_LINKED));
        double[] rest = share(Q2, ticks(ADVERTISING).negate(), answer(Q2, NOT_LINKED));
        double p = twoProportionP(segment, rest);
        assertTrue(segment[0] > rest[0] && p < 0.05,
                ADVERTISING + " " + pct(segment[0]) + " vs rest " + pct(rest[0]) + ", p=" + p);
    }

    @Test
    void finding3_q3Top2ByQ1_systemsAndSiteThenAdvertisingAndResearch_salesBelowTotal() {
        double systems = share(Q3, ticks(SYSTEMS), answer(Q3, TOP2))[0];
        double site = share(Q3, ticks(SITE), answer(Q3, TOP2))[0];
        double ad = share(Q3, ticks(ADVERTISING), answer(Q3, TOP2))[0];
        double research = share(Q3, ticks(RESEARCH), answer(Q3, TOP2))[0];
        double sales = share(Q3, ticks(SALES), answer(Q3, TOP2))[0];
        double total = share(Q3, r -> true, answer(Q3, TOP2))[0];
        String summary = "systems " + pct(systems) + ", site " + pct(site) + ", advertising " + pct(ad)
                + ", research " + pct(research) + ", sales " + pct(sales) + ", total " + pct(total);
        assertTrue(Math.min(systems, site) > Math.max(ad, research), summary);
        for (String f : comparableFunctions(Q3, Set.of(SYSTEMS, SITE, ADVERTISING, RESEARCH))) {
            double share = share(Q3, ticks(f), answer(Q3, TOP2))[0];
            assertTrue(Math.min(ad, research) > share, summary + "; " + f + " " + pct(share));
        }
        assertTrue(sales < total - 0.05, summary);
    }

    @Test
    void finding3_systemsStandOutOnQ3_zTest() {
        double[] segment = share(Q3, ticks(SYSTEMS), answer(Q3, TOP2));
        double[] rest = share(Q3, ticks(SYSTEMS).negate(), answer(Q3, TOP2));
        double p = twoProportionP(segment, rest);
        assertTrue(segment[0] > rest[0] && p < 0.05,
                SYSTEMS + " " + pct(segment[0]) + " vs rest " + pct(rest[0]) + ", p=" + p);
    }

    @Test
    void finding4_q4Ranking_andMarketingSalesNetIsLargest() {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (String pair : Q4_PAIRS) {
            shares.put(pair, share(Q4, r -> true, names(pair))[0]);
        }
        double net = share(Q4, r -> true, row -> pairs(row).stream().anyMatch(MARKETING_SALES::contains))[0];
        String summary = shares + ", NET " + pct(net);
        for (String pair : Q4_PAIRS) {
            if (!pair.equals(MANAGEMENT_FIELD)) {
                assertTrue(shares.get(MANAGEMENT_FIELD) > shares.get(pair), summary);
            }
            if (!pair.equals(MANAGEMENT_FIELD) && !pair.equals(MARKETING_PRODUCT)) {
                assertTrue(shares.get(MARKETING_PRODUCT) > shares.get(pair), summary);
            }
        }
        assertTrue(shares.get(PLANNING_SALES) > shares.get(PROMOTION_SALES), summary);
        assertTrue(shares.get(PLANNING_SALES) > shares.get(LEADS_SALES), summary);
        assertTrue(shares.get(LEADS_SALES) < 0.10 && shares.get(SALES_SUPPORT) < 0.10, summary);
        assertTrue(net > shares.get(MANAGEMENT_FIELD) + 0.03, summary);
    }

    @Test
    void finding5_q4ByQ1_managementAndFieldIsTopInFourFunctions() {
        for (String function : List.of(ADVERTISING, SALES, SUPPORT, MANAGEMENT)) {
            double top = share(Q4, ticks(function), names(MANAGEMENT_FIELD))[0];
            for (String pair : Q4_PAIRS.subList(1, Q4_PAIRS.size())) {
                double other = share(Q4, ticks(function), names(pair))[0];
                assertTrue(top > other, function + ": " + pct(top) + " vs " + pair + " " + pct(other));
            }
        }
    }

    @Test
    void finding6_oneToThreeFunctions_oneOrTwoPairs_fewBlanks() {
        int single = 0;
        int q2Blank = 0;
        int q3Blank = 0;
        int q4Blank = 0;
        for (Map<String, String> row : sheet.rows) {
            List<String> functions = functions(row);
            assertTrue(functions.size() >= 1 && functions.size() <= 3, row.get("回答者ID") + ": " + functions);
            if (functions.size() == 1) {
                single++;
            }
            List<String> pairs = pairs(row);
            if (pairs.isEmpty()) {
                q4Blank++;
            } else {
                assertTrue(pairs.size() <= 2, row.get("回答者ID") + ": " + pairs);
                assertEquals(pairs.size(), new HashSet<>(pairs).size(), row.get("回答者ID") + ": " + pairs);
                assertTrue(Q4_PAIRS.containsAll(pairs), row.get("回答者ID") + ": " + pairs);
            }
            if (row.get(Q2) == null) {
                q2Blank++;
            } else {
                assertTrue(Q2_OPTIONS.contains(row.get(Q2)), row.get(Q2));
            }
            if (row.get(Q3) == null) {
                q3Blank++;
            } else {
                assertTrue(Q3_SCALE.contains(row.get(Q3)), row.get(Q3));
            }
        }
        assertTrue(single > sheet.rows.size() / 2, "one function: " + single);
        for (int blanks : new int[] {q2Blank, q3Blank, q4Blank}) {
            assertTrue(blanks >= 3 && blanks <= 40, "blank answers: " + q2Blank + ", " + q3Blank + ", " + q4Blank);
        }
        for (String attribute : List.of("業種", "従業員規模", "役職")) {
            long blank = sheet.rows.stream().filter(r -> r.get(attribute) == null).count();
            assertTrue(blank >= 1 && blank <= 20, attribute + " blanks: " + blank);
        }
    }

    @Test
    void smallOtherFunction_exercisesTheSmallBaseRule() {
        double base = share(Q2, ticks(OTHER), r -> true)[1];
        assertTrue(base >= 10 && base < 30, OTHER + " n=" + base);
        for (String f : q1Columns.keySet()) {
            double n = share(Q2, ticks(f), r -> true)[1];
            assertTrue(f.equals(OTHER) || (n >= 60 && n <= 300), f + " n=" + n);
        }
    }

    @Test
    void layout_idsDatesWeightsAndComments() {
        assertEquals(1000, sheet.rows.size());
        Set<String> comments = new HashSet<>();
        int commented = 0;
        double weightSum = 0;
        LocalDateTime first = LocalDateTime.parse(sheet.rows.get(0).get("回答日時"));
        for (int i = 0; i < sheet.rows.size(); i++) {
            Map<String, String> row = sheet.rows.get(i);
            assertEquals(String.format("R%04d", i + 1), row.get("回答者ID"));
            LocalDateTime at = LocalDateTime.parse(row.get("回答日時"));
            assertTrue(!at.isBefore(first) && at.isBefore(first.toLocalDate().plusDays(14).atStartOfDay()),
                    row.get("回答者ID") + " answered at " + at);
            double weight = Double.parseDouble(row.get("ウェイト"));
            assertTrue(weight >= 0.6 && weight <= 1.6, "weight " + weight);
            weightSum += weight;
            if (row.get(Q5) != null) {
                commented++;
                comments.add(row.get(Q5));
            }
        }
        assertTrue(Math.abs(weightSum / sheet.rows.size() - 1.0) < 0.1, "mean weight " + weightSum / 1000);
        // a few hundred free answers (issue 13), most of them different (SampleCommentWriter composes them)
        assertTrue(commented >= 250 && commented <= 450, "comments: " + commented);
        assertTrue(comments.size() >= 150, "distinct comments: " + comments.size());
    }
}

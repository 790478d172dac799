package com.surveypivot.sample;

import java.util.List;

/** Sheet names, header texts and answer labels of the bundled sample survey, exactly as they appear in the file. */
public final class SampleSurveyText {

    public static final String FILE_NAME = "部門間連携に関する調査.xlsx";
    public static final String SURVEY_TITLE = "部門間連携に関する調査";
    public static final String DATA_SHEET = "回答データ";
    public static final String OVERVIEW_SHEET = "調査概要";
    /** The codebook sheet: every coded question's answers in questionnaire order. */
    public static final String CODEBOOK_SHEET = "コード表";
    public static final String DATA_TITLE = "部門間連携に関する調査 ローデータ";

    public static final String ID = "回答者ID";
    public static final String ANSWERED_AT = "回答日時";
    public static final String INDUSTRY = "業種";
    public static final String COMPANY_SIZE = "従業員規模";
    public static final String POSITION = "役職";
    public static final String Q1_STEM = "担当業務（複数回答）";
    public static final String Q2 = "Q2 部門間の業務連携状況";
    public static final String Q3 = "Q3 部門間連携の悩みの度合い";
    public static final String Q4 = "Q4 連携に課題がある部門間（上位2つまで）";
    public static final String Q5 = "Q5 ご意見（自由回答）";
    public static final String WEIGHT = "ウェイト";

    /** Separator of the answers of Q4 inside its single cell. */
    public static final String Q4_SEPARATOR = ";";

    public static final List<String> INDUSTRIES =
            List.of("製造", "IT・通信", "流通・小売", "金融・保険", "サービス", "その他");
    public static final List<String> COMPANY_SIZES =
            List.of("99人以下", "100〜999人", "1,000〜4,999人", "5,000人以上");
    public static final List<String> POSITIONS =
            List.of("経営者・役員", "部長クラス", "課長クラス", "係長・主任クラス", "一般社員");

    /** Q2 options; options 2, 3 and 4 (indexes 1–3) are the "not / only partly" answers. */
    public static final List<String> Q2_OPTIONS = List.of(
            "十分に連携できている",
            "連携マインドは高いが、戦略・KPI・システム面等の環境が整っていない",
            "限定的にしか連携できていない",
            "ほとんど連携できていない",
            "わからない");

    /** Q3 five-point scale, from the top end (most worried) down; indexes 0 and 1 are the top-2 box. */
    public static final List<String> Q3_SCALE = List.of(
            "とても悩んでいる", "悩んでいる", "どちらともいえない", "あまり悩んでいない", "まったく悩んでいない");

    public static final String PAIR_MANAGEMENT_FIELD = "経営企画・事業戦略系と現場（マーケティングや営業）";
    public static final String PAIR_MARKETING_PRODUCT = "マーケティング系とプロダクト開発系";
    public static final String PAIR_PLANNING_SALES = "商品・サービス企画と営業";
    public static final String PAIR_PROMOTION_SALES = "広告宣伝・販促と営業";
    public static final String PAIR_LEADS_SALES = "BtoBリード獲得・ナーチャリングと営業";
    public static final String PAIR_SALES_SUPPORT = "営業とCS（カスタマーサポート・カスタマーサクセス）";
    public static final String PAIR_SYSTEMS_FIELD = "システム部門と現場";
    public static final String PAIR_OTHER = "その他";

    /** Q4 options in questionnaire order. */
    public static final List<String> Q4_PAIRS = List.of(
            PAIR_MANAGEMENT_FIELD, PAIR_MARKETING_PRODUCT, PAIR_PLANNING_SALES, PAIR_PROMOTION_SALES,
            PAIR_LEADS_SALES, PAIR_SALES_SUPPORT, PAIR_SYSTEMS_FIELD, PAIR_OTHER);

    private SampleSurveyText() {
    }

    /** Header of the Q1 column for a job function, e.g. {@code Q1_1 担当業務（複数回答）:経営企画・事業戦略}. */
    public static String q1Header(JobFunction function) {
        return "Q1_" + (function.ordinal() + 1) + " " + Q1_STEM + ":" + function.label();
    }
}

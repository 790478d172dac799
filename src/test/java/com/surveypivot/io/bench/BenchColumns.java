package com.surveypivot.io.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.CellStyle;

/**
 * The 150 columns of the benchmark's survey export, in sheet order:
 * <ul>
 * <li>1 id ({@code ID}, whole numbers) and 2 date-times (回答開始日時, 回答完了日時; numbers with a date style);</li>
 * <li>21 single-choice columns with Japanese labels (some labels hold {@code 、} or {@code ,});</li>
 * <li>40 five-point scales: a satisfaction grid {@code Q21_1…Q21_20} and an agreement grid {@code Q22_1…Q22_10}
 * as labels, {@code Q23_1…Q23_10} as numbers 1–5;</li>
 * <li>64 multi-response 0/1 columns: 8 groups {@code Q24…Q31} × 8 options {@code Qn_1…Qn_8};</li>
 * <li>12 numbers (ages, counts, amounts, hours, a 0–10 score);</li>
 * <li>10 free-text Japanese sentences, about 8% filled each.</li>
 * </ul>
 * About 2–3% of the answers are blank (absent cells); about 3% of the respondents skipped each multi-response group.
 */
final class BenchColumns {

    static final int COUNT = 150;

    private static final double EXCEL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final double FIELD_START = LocalDate.of(2024, 6, 1).toEpochDay() - EXCEL_EPOCH_DAY;

    private BenchColumns() {
    }

    record Styles(CellStyle dateTime) {
    }

    /** One column: its header and how a respondent's cell is drawn (null = blank). */
    interface Column {
        String header();

        Object value(Respondent respondent, SplittableRandom random);

        default boolean dateTime() {
            return false;
        }
    }

    /** What the columns of one respondent share: the row number, the time they answered and a mood. */
    static final class Respondent {
        int index;
        double start;
        /** Between 0 and 1: a respondent's general leaning, so that the scales of one row agree a little. */
        double mood;

        void next(int row, SplittableRandom random) {
            index = row;
            start = FIELD_START + 14.0 * row / 100_000.0 + random.nextDouble() * 0.02 + 10.0 / 24;
            mood = random.nextDouble();
        }
    }

    static List<Column> all() {
        List<Column> columns = new ArrayList<>(COUNT);
        columns.add(simple("ID", (p, r) -> (double) (100_001 + p.index)));
        columns.add(dateTime("回答開始日時", (p, r) -> p.start));
        columns.add(dateTime("回答完了日時", (p, r) -> p.start + (3 + r.nextInt(25)) / 1440.0 + r.nextInt(60) / 86400.0));
        String[][] singles = SINGLES;
        for (int i = 0; i < singles.length; i++) {
            String[] spec = singles[i];
            String[] labels = spec[1].split("\\|");
            columns.add(single("Q" + (i + 1) + " " + spec[0], labels));
        }
        for (int i = 1; i <= 20; i++) {
            columns.add(scale("Q21_" + i + " " + ASPECTS[i - 1] + "の満足度", SATISFACTION));
        }
        for (int i = 1; i <= 10; i++) {
            columns.add(scale("Q22_" + i + " " + STATEMENTS[i - 1], AGREEMENT));
        }
        for (int i = 1; i <= 10; i++) {
            int item = i;
            columns.add(simple("Q23_" + i + " " + ASPECTS[i + 9] + "の重要度（1～5）", (p, r) -> {
                if (r.nextInt(100) < 3) {
                    return null;
                }
                return (double) (1 + Math.min(4, (int) ((p.mood * 0.6 + r.nextDouble() * 0.4) * 5 + item % 2 * 0.3)));
            }));
        }
        for (int g = 0; g < 8; g++) {
            String[] options = MULTI_OPTIONS[g].split("\\|");
            MultiGroup group = new MultiGroup(options.length);
            for (int o = 0; o < options.length; o++) {
                columns.add(group.column("Q" + (24 + g) + "_" + (o + 1) + " " + options[o], o));
            }
        }
        columns.add(number("年齢", (p, r) -> (double) (18 + r.nextInt(62))));
        columns.add(number("同居家族の人数", (p, r) -> (double) (1 + Math.min(7, (int) (-Math.log(1 - r.nextDouble()) * 1.8)))));
        columns.add(number("子どもの人数", (p, r) -> (double) Math.min(5, (int) (-Math.log(1 - r.nextDouble()) * 0.9))));
        columns.add(number("世帯年収（万円）", (p, r) -> (double) (150 + 10 * (int) (-Math.log(1 - r.nextDouble()) * 55))));
        columns.add(number("月間支出（円）", (p, r) -> (double) (1_000 * (5 + r.nextInt(400)) + r.nextInt(1000))));
        columns.add(number("1週間の利用時間（時間）", (p, r) -> Math.round(r.nextDouble() * 400) / 10.0));
        columns.add(number("利用年数", (p, r) -> (double) r.nextInt(21)));
        columns.add(number("通勤時間（分）", (p, r) -> (double) (5 * r.nextInt(25))));
        columns.add(number("推奨度（0～10）", (p, r) -> (double) Math.min(10, (int) (p.mood * 8 + r.nextDouble() * 3.5))));
        columns.add(number("購入回数（過去1年）", (p, r) -> (double) (int) (-Math.log(1 - r.nextDouble()) * 6)));
        columns.add(number("平均購入単価（円）", (p, r) -> (double) (100 * (3 + r.nextInt(300)))));
        columns.add(number("身長（cm）", (p, r) -> Math.round((150 + r.nextDouble() * 40) * 10) / 10.0));
        for (int i = 0; i < FREE_TEXT.length; i++) {
            columns.add(freeText(FREE_TEXT[i]));
        }
        if (columns.size() != COUNT) {
            throw new IllegalStateException("expected " + COUNT + " columns, have " + columns.size());
        }
        return List.copyOf(columns);
    }

    private interface Draw {
        Object draw(Respondent respondent, SplittableRandom random);
    }

    private static Column simple(String header, Draw draw) {
        return column(header, draw, false);
    }

    private static Column dateTime(String header, Draw draw) {
        return column(header, draw, true);
    }

    private static Column column(String header, Draw draw, boolean dateTime) {
        return new Column() {
            @Override
            public String header() {
                return header;
            }

            @Override
            public Object value(Respondent respondent, SplittableRandom random) {
                return draw.draw(respondent, random);
            }

            @Override
            public boolean dateTime() {
                return dateTime;
            }
        };
    }

    private static Column number(String header, Draw draw) {
        return simple(header, (p, r) -> r.nextInt(100) < 2 ? null : draw.draw(p, r));
    }

    /** Labels drawn with falling weights (the first label most often), 2% blank. */
    private static Column single(String header, String[] labels) {
        return simple(header, (p, r) -> {
            if (r.nextInt(100) < 2) {
                return null;
            }
            double u = r.nextDouble();
            return labels[Math.min(labels.length - 1, (int) (u * u * 0.6 * labels.length + u * 0.4 * labels.length))];
        });
    }

    /** A five-point scale as labels, top end first; leaning with the respondent's mood; 3% blank. */
    private static Column scale(String header, String[] labels) {
        return simple(header, (p, r) -> {
            if (r.nextInt(100) < 3) {
                return null;
            }
            double leaning = 1 - (p.mood * 0.55 + r.nextDouble() * 0.45);
            return labels[Math.min(labels.length - 1, (int) (leaning * labels.length))];
        });
    }

    /** Free text: a sentence built from fragments (many distinct strings), 8% filled. */
    private static Column freeText(String header) {
        return simple(header, (p, r) -> {
            if (r.nextInt(100) >= 8) {
                return null;
            }
            StringBuilder text = new StringBuilder();
            int sentences = 1 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                text.append(SUBJECTS[r.nextInt(SUBJECTS.length)]).append(PREDICATES[r.nextInt(PREDICATES.length)])
                        .append(REASONS[r.nextInt(REASONS.length)]).append(WISHES[r.nextInt(WISHES.length)]);
            }
            return text.toString();
        });
    }

    /** One multi-response 0/1 group: who skipped the group (all blank) is decided at its first option. */
    private static final class MultiGroup {
        private final int options;
        private boolean skipped;
        private boolean tickedAny;

        MultiGroup(int options) {
            this.options = options;
        }

        Column column(String header, int option) {
            double rate = 0.45 / (1 + option * 0.35);
            return simple(header, (p, r) -> {
                if (option == 0) {
                    skipped = r.nextInt(100) < 3;
                    tickedAny = false;
                }
                if (skipped) {
                    return null;
                }
                boolean tick = r.nextDouble() < rate || (option == options - 1 && !tickedAny && r.nextInt(3) == 0);
                tickedAny |= tick;
                return tick ? 1.0 : 0.0;
            });
        }
    }

    static final String[] SATISFACTION = {"とても満足", "やや満足", "どちらともいえない", "やや不満", "とても不満"};
    static final String[] AGREEMENT = {"そう思う", "ややそう思う", "どちらともいえない", "あまりそう思わない", "そう思わない"};

    private static final String[][] SINGLES = {
        {"性別", "男性|女性|その他|回答しない"},
        {"年代", "20代|30代|40代|50代|60代|70代以上|10代"},
        {"居住地域", "関東|近畿|中部|九州・沖縄|東北|中国|北海道|四国"},
        {"職業", "会社員（正社員）|パート・アルバイト|自営業|公務員|専業主婦・主夫|学生|会社役員|派遣・契約社員|無職|その他"},
        {"業種", "製造業|情報通信業|卸売業、小売業|医療、福祉|建設業|金融業、保険業|運輸業、郵便業|教育、学習支援業|サービス業（他に分類されないもの）|公務|その他"},
        {"従業員規模", "1～9人|10～49人|50～99人|100～299人|300～999人|1,000～4,999人|5,000人以上"},
        {"役職", "一般社員|主任・係長クラス|課長クラス|部長クラス|役員以上|その他"},
        {"婚姻状況", "既婚|未婚|離別・死別"},
        {"世帯年収", "200万円未満|200万円以上、400万円未満|400万円以上、600万円未満|600万円以上、800万円未満|800万円以上、1,000万円未満|1,000万円以上|わからない"},
        {"最終学歴", "大学卒|高校卒|専門学校卒|短大・高専卒|大学院修了|中学校卒|その他"},
        {"住居形態", "持ち家（一戸建て）|持ち家（集合住宅）|賃貸（集合住宅）|賃貸（一戸建て）|社宅・寮|その他"},
        {"主な利用店舗", "駅前店|郊外店|オンラインストア|アプリ|百貨店内店舗"},
        {"利用頻度", "ほぼ毎日|週に2～3回|週に1回程度|月に2～3回|月に1回程度|それ以下"},
        {"最初に知ったきっかけ", "テレビCM|友人・知人の紹介|SNS|店頭|ウェブ広告|新聞・雑誌|その他"},
        {"主な支払方法", "クレジットカード|現金|QRコード決済|電子マネー|デビットカード|その他"},
        {"回答デバイス", "スマートフォン|パソコン|タブレット"},
        {"購入の決め手", "価格が安い|品質が良い|品揃えが豊富|店員の対応が良い|近くにある|ポイントがたまる|その他"},
        {"今後の利用意向", "ぜひ利用したい|利用したい|どちらともいえない|あまり利用したくない|利用したくない"},
        {"会員ランク", "ブロンズ|シルバー|ゴールド|プラチナ|非会員"},
        {"同業他社の利用", "利用している|以前は利用していた|利用したことはない"},
        {"アンケートの回答経験", "はじめて|2～5回目|6回目以上"},
    };

    private static final String[] ASPECTS = {
        "品揃え", "価格", "品質", "店内の清潔さ", "店員の接客", "レジの待ち時間", "営業時間", "駐車場", "アプリの使いやすさ",
        "ポイント制度", "配送の早さ", "返品・交換の対応", "問い合わせ窓口", "キャンペーン", "支払方法の選択肢",
        "店舗の立地", "商品の説明", "オンラインストアの見やすさ", "会員特典", "全体",
    };

    private static final String[] STATEMENTS = {
        "このブランドを信頼している", "価格に見合った価値がある", "友人にすすめたい", "新商品をよく試す",
        "環境に配慮していると思う", "広告をよく目にする", "店員に相談しやすい", "オンラインでも買いやすい",
        "他社より便利だ", "今後も使い続けたい",
    };

    private static final String[] MULTI_OPTIONS = {
        "テレビCM|新聞・雑誌|SNS|ウェブ広告|店頭POP|友人・知人|チラシ|メールマガジン",
        "食品|飲料|日用品|化粧品|医薬品|衣料品|家電|書籍",
        "平日の朝|平日の昼|平日の夕方|平日の夜|休日の朝|休日の昼|休日の夕方|休日の夜",
        "価格|品質|デザイン|ブランド|口コミ|店員のすすめ|ポイント還元|在庫の有無",
        "クレジットカード|現金|QRコード決済|電子マネー|デビットカード|商品券|後払い|ポイント払い",
        "家族|友人|同僚|恋人|ひとりで|子ども|親|その他",
        "品揃えを増やしてほしい|価格を下げてほしい|営業時間を延ばしてほしい|駐車場を広げてほしい|アプリを改善してほしい|配送を早くしてほしい|店員を増やしてほしい|特にない",
        "Instagram|X（旧Twitter）|LINE|YouTube|TikTok|Facebook|ブログ|利用していない",
    };

    private static final String[] FREE_TEXT = {
        "Q32 当店を選んだ理由を具体的にお書きください", "Q33 ご不満な点があればお書きください",
        "Q34 改善してほしい点", "Q35 新しく扱ってほしい商品", "Q36 店員の対応について", "Q37 アプリについてのご意見",
        "Q38 配送についてのご意見", "Q39 キャンペーンについてのご意見", "Q40 その他ご自由にお書きください",
        "Q41 このアンケートについてのご意見",
    };

    private static final String[] SUBJECTS = {
        "品揃え", "店員さんの対応", "レジの待ち時間", "アプリ", "ポイント", "駐車場", "商品の価格", "店内の雰囲気",
        "配送", "オンラインストア", "キャンペーン", "季節の限定商品",
    };
    private static final String[] PREDICATES = {
        "がとても良い", "が少し分かりにくい", "に満足している", "が以前より悪くなった", "がもう少し充実してほしい",
        "が他の店より優れている", "にいつも助けられている", "が改善された",
    };
    private static final String[] REASONS = {
        "ので", "ため、", "と感じるので、", "。その点で", "けれど、", "から、",
    };
    private static final String[] WISHES = {
        "これからも利用したいです。", "改善を期待しています。", "友人にもすすめています。", "また来たいと思います。",
        "もっと早く対応してほしいです。", "引き続きよろしくお願いします。", "特に週末は混雑しているのが気になります。",
        "家族みんなで利用しています。",
    };
}

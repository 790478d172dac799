package com.surveypivot.sample;

import java.util.List;

/**
 * What the sample's free answers (Q5) talk about: per topic, whole sentences, short noun phrases as people type
 * them into a comment box, and a few answers in English. {@link SampleCommentWriter} picks topics by the
 * respondent's job functions and worry.
 */
enum SampleCommentTopics {
    KPI(List.of(
            "部門ごとにKPIがばらばらで、同じ方向を向けていないと感じます。",
            "マーケティングのKPIと営業のKPIがつながっておらず、成果の評価でもめます。",
            "広告の効果を営業成果と結びつけて評価できていません。",
            "KPIの定義が部門ごとに違うので、会議のたびに数字の確認から始まります。",
            "追っている指標が多すぎて、何を改善すべきか分からなくなっています。",
            "共通のKPIを決めたいのですが、どの部門も自分の指標を譲りません。",
            "施策の効果測定の方法が統一されていないのが課題です。"),
            List.of("KPIの統一", "KPIがばらばら", "指標の定義", "効果測定"),
            List.of("Our KPIs differ between marketing and sales.", "Every team tracks different KPIs.")),
    TOOLS(List.of(
            "ツールの導入ばかりが先行して、運用ルールが決まっていません。",
            "MAとSFAが連携しておらず、データを手作業で移しています。",
            "部門ごとに別のツールを使っていて、情報がつながりません。",
            "CRMを入れたものの、入力されないので使われていません。",
            "ツールが多すぎて、どこに何の情報があるのか分かりません。",
            "システム間の連携に費用と時間がかかりすぎます。",
            "新しいツールを入れても、使い方の教育が追いついていません。"),
            List.of("ツールの乱立", "MAとSFAの連携", "ツールが使われていない", "システム連携"),
            List.of("Too many tools that do not talk to each other.", "The CRM is not used by the sales team.")),
    DATA(List.of(
            "データの定義が部門ごとに違い、数字が合いません。",
            "顧客データが部門ごとに分散していて、全体像が見えません。",
            "データ基盤の整備が連携の第一歩だと感じています。",
            "同じ顧客のデータが複数のシステムにあり、どれが正しいのか分かりません。",
            "データを集計するだけで毎月何日もかかっています。",
            "調査結果やデータが社内で活用されずに終わってしまいます。",
            "データを見て判断する文化がまだ根付いていません。"),
            List.of("データの統合", "顧客データの分散", "データ基盤", "数字が合わない"),
            List.of("Customer data is scattered across departments.", "Nobody trusts the numbers.")),
    LEADS(List.of(
            "マーケティングが獲得したリードを営業が追いきれていません。",
            "リードの質が低いと営業から言われますが、基準が共有されていません。",
            "展示会で集めたリードが放置されたままになっています。",
            "マーケからのリードが少なく、結局は自分で新規開拓しています。",
            "どのリードを優先すべきか、営業とマーケで意見が合いません。",
            "リードの引き渡しの基準があいまいです。"),
            List.of("リードの質", "リードのフォロー", "リードの放置", "新規リードが少ない"),
            List.of("Leads from marketing are not followed up.")),
    HANDOFF(List.of(
            "受注後の引き継ぎで、お客様の情報が途切れてしまいます。",
            "営業からサポートへの引き継ぎが口頭だけで、抜け漏れが多いです。",
            "担当者が変わるたびに、お客様に同じことを聞いてしまいます。",
            "案件の引き継ぎのルールがなく、人によってやり方が違います。",
            "他部門の担当者が誰なのか分からないことがあります。",
            "引き継ぎのための会議が多く、本来の営業活動の時間が減っています。"),
            List.of("引き継ぎ", "案件の引き継ぎ", "担当者が分からない", "情報の途切れ"),
            List.of("Hand-offs between sales and support are messy.")),
    VOICE(List.of(
            "お客様の声を商品開発にもっと活かしたいです。",
            "問い合わせの内容が商品企画に届いていません。",
            "サポートに寄せられた要望を共有する仕組みがありません。",
            "営業から商品企画へのフィードバックがほとんどありません。",
            "お客様の声を毎週全部門で共有できるとよいと思います。"),
            List.of("お客様の声の共有", "問い合わせ内容の共有", "フィードバック"),
            List.of("Customer feedback never reaches product planning.")),
    MANAGEMENT(List.of(
            "経営方針が現場まで十分に伝わっていないと思います。",
            "部門ごとの評価制度が連携の妨げになっている気がします。",
            "予算の配分を部門横断で決められるとよいと思います。",
            "連携の重要性は理解されていますが、仕組みが追いついていません。",
            "経営層がもっと連携を後押ししてほしいです。"),
            List.of("評価制度", "経営方針の共有", "予算の配分"),
            List.of("Management should set shared goals.")),
    MEETINGS(List.of(
            "会議は多いのに、決まったことが実行されないことが多いです。",
            "部門間の調整に時間を取られ、本来の業務が進みません。",
            "リモートワークが増え、雑談から生まれる連携が減りました。",
            "連携に使える時間と人員がもっと欲しいです。",
            "サイトの改修依頼がどこで止まっているのか見えません。"),
            List.of("会議が多い", "調整の手間", "人手不足"),
            List.of("Too many meetings, too few decisions.")),
    POSITIVE(List.of(
            "定例会で情報共有する仕組みができており、うまく回っています。",
            "共通のKPIを設定してから、部門間の協力が進みました。",
            "CRMを全社で使うようになり、顧客情報の共有が楽になりました。",
            "経営層が連携を後押ししてくれるので、動きやすいです。",
            "小さな組織なので、日常的に声をかけ合えています。",
            "プロジェクト単位で部門横断のチームを作っています。",
            "営業とマーケティングが同じ数字を見て話せるようになりました。"),
            List.of("特に問題なし", "うまくいっている", "定例会が有効"),
            List.of("Collaboration works well in our company.")),
    NEUTRAL(List.of(
            "他社がどのように連携しているのか知りたいです。",
            "連携の成功事例を教えてほしいです。",
            "部門をまたぐ人事異動を増やすとよいと思います。",
            "まずは目標を共有するところから始めたいです。",
            "連携の担当者を置くことを検討しています。",
            "外部の支援も活用しながら体制を整えたいと考えています。",
            "社内の共通言語を作ることが大事だと思います。",
            "今後も同様の調査結果を参考にしたいです。"),
            List.of("特にありません。", "特になし", "なし", "とくにない", "他社事例を知りたい"),
            List.of("Nothing in particular.", "I would like to see other companies' examples."));

    private final List<String> sentences;
    private final List<String> phrases;
    private final List<String> english;

    SampleCommentTopics(List<String> sentences, List<String> phrases, List<String> english) {
        this.sentences = sentences;
        this.phrases = phrases;
        this.english = english;
    }

    List<String> sentences() {
        return sentences;
    }

    List<String> phrases() {
        return phrases;
    }

    List<String> english() {
        return english;
    }
}

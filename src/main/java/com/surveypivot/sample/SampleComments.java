package com.surveypivot.sample;

import java.util.List;

/** The free answers (Q5) simulated respondents draw from, grouped by the attitude that prompts them. */
final class SampleComments {

    /** Written by respondents who say collaboration is lacking and who worry about it. */
    static final List<String> FRUSTRATED = List.of(
            "部門ごとにKPIがばらばらで、同じ方向を向けていないと感じます。",
            "マーケティングが獲得したリードを営業が追いきれていません。",
            "システムが部門ごとに分かれていて、顧客情報を共有できません。",
            "経営方針が現場まで十分に伝わっていないと思います。",
            "会議は多いのに、決まったことが実行されないことが多いです。",
            "他部門の担当者が誰なのか分からないことがあります。",
            "広告の効果を営業成果と結びつけて評価できていません。",
            "データの定義が部門ごとに違い、数字が合いません。",
            "連携の重要性は理解されていますが、仕組みが追いついていません。",
            "ツールの導入ばかりが先行して、運用ルールが決まっていません。",
            "営業から商品企画へのフィードバックがほとんどありません。",
            "サイトの改修依頼がどこで止まっているのか見えません。",
            "調査結果が社内で活用されずに終わってしまいます。",
            "部門間の調整に時間を取られ、本来の業務が進みません。");

    /** Written by respondents whose departments already work well together. */
    static final List<String> SATISFIED = List.of(
            "定例会で情報共有する仕組みができており、うまく回っています。",
            "共通のKPIを設定してから、部門間の協力が進みました。",
            "CRMを全社で使うようになり、顧客情報の共有が楽になりました。",
            "経営層が連携を後押ししてくれるので、動きやすいです。",
            "小さな組織なので、日常的に声をかけ合えています。",
            "プロジェクト単位で部門横断のチームを作っています。");

    /** Written by everybody else: suggestions and neutral remarks. */
    static final List<String> NEUTRAL = List.of(
            "他社がどのように連携しているのか知りたいです。",
            "連携の成功事例を教えてほしいです。",
            "部門をまたぐ人事異動を増やすとよいと思います。",
            "まずは目標を共有するところから始めたいです。",
            "連携の担当者を置くことを検討しています。",
            "予算の配分を部門横断で決められるとよいと思います。",
            "営業とマーケティングの役割分担を見直している最中です。",
            "カスタマーサポートの声をもっと商品開発に活かしたいです。",
            "リモートワークが増え、雑談から生まれる連携が減りました。",
            "特にありません。",
            "今後も同様の調査結果を参考にしたいです。",
            "社内の共通言語を作ることが大事だと思います。");

    private SampleComments() {
    }
}

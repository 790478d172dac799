package com.surveypivot.sample;

import static com.surveypivot.sample.SampleCommentTopics.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes the sample's free answers (Q5) from a random stream of their own, so that the other answers (drawn from
 * the simulator's main stream) do not move when the comments change. Who writes: more of the worried respondents.
 * What about: topics weighted by the respondent's job functions (worried marketing and systems people: KPIs, tools
 * and data; sales: leads and hand-offs; customer service: the customers' voice), praise from respondents whose
 * departments already work together, suggestions from the others. Answers are a short phrase, one sentence or two
 * with a closing; a few carry typical typos (a wrong kanji, full-width letters, a dropped full stop) and a few are
 * written in English or mix English words in.
 */
final class SampleCommentWriter {
    private static final double WRITES_WORRIED = 0.45;
    private static final double WRITES_NEUTRAL = 0.30;
    private static final double WRITES_CALM = 0.20;
    private static final double SHORT = 0.22;
    private static final double SECOND_SENTENCE = 0.35;
    private static final double CLOSING = 0.30;
    private static final double ENGLISH = 0.03;
    private static final double TYPO = 0.08;
    private static final List<String> CLOSINGS = List.of("早急に改善したいです。", "何とかしたいと思っています。",
            "同じ悩みを持つ会社は多いと思います。", "良い方法があれば知りたいです。", "全社で取り組む必要があると感じます。");
    /** A wrong conversion or a full-width spelling, as people type them. */
    private static final String[][] TYPOS = {
        {"連携", "連係"}, {"KPI", "ＫＰＩ"}, {"データ", "デ－タ"}, {"システム", "シテスム"}, {"共有", "共湯"},
        {"引き継ぎ", "引継ぎ"}, {"。", ""}, {"CRM", "ｃｒｍ"}, {"リード", "リ－ド"}, {"会議", "怪儀"}};
    private static final Map<JobFunction, double[]> TOPICS = topicWeights();

    private final Random random;

    SampleCommentWriter(long seed) {
        this.random = new Random(seed);
    }

    /** The respondent's comment, or null when they leave the box blank. Draws the same number of times per call. */
    String comment(Set<JobFunction> functions, int q2, int q3) {
        double writes = q3 <= 1 ? WRITES_WORRIED : q3 == 2 ? WRITES_NEUTRAL : WRITES_CALM;
        if (random.nextDouble() >= writes) {
            return null;
        }
        SampleCommentTopics topic = topic(functions, q2, q3);
        if (random.nextDouble() < ENGLISH) {
            return pick(topic.english());
        }
        if (random.nextDouble() < SHORT) {
            return typo(pick(topic.phrases()));
        }
        StringBuilder text = new StringBuilder(pick(topic.sentences()));
        if (random.nextDouble() < SECOND_SENTENCE) {
            String second = pick(topic(functions, q2, q3).sentences());
            if (!text.toString().equals(second)) {
                text.append(second);
            }
        }
        if (random.nextDouble() < CLOSING && topic != POSITIVE && topic != NEUTRAL) {
            text.append(pick(CLOSINGS));
        }
        return typo(text.toString());
    }

    private SampleCommentTopics topic(Set<JobFunction> functions, int q2, int q3) {
        if (q2 == 0 && random.nextDouble() < 0.6) {
            return POSITIVE;
        }
        if (q3 >= 2 && random.nextDouble() < 0.5) {
            return NEUTRAL;
        }
        double[] weights = new double[values().length];
        for (JobFunction f : functions) {
            double[] w = TOPICS.get(f);
            for (int t = 0; t < w.length; t++) {
                weights[t] += w[t];
            }
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int t = 0; t < weights.length; t++) {
            u -= weights[t];
            if (u < 0 && weights[t] > 0) {
                return values()[t];
            }
        }
        return MEETINGS;
    }

    private String typo(String text) {
        if (random.nextDouble() >= TYPO) {
            return text;
        }
        List<String[]> fitting = new ArrayList<>();
        for (String[] t : TYPOS) {
            if (text.contains(t[0])) {
                fitting.add(t);
            }
        }
        if (fitting.isEmpty()) {
            return text;
        }
        String[] t = fitting.get(random.nextInt(fitting.size()));
        int at = text.lastIndexOf(t[0]);
        return (text.substring(0, at) + t[1] + text.substring(at + t[0].length())).strip();
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Per job function, the weight of each topic in {@link SampleCommentTopics} order (the last two: never). */
    private static Map<JobFunction, double[]> topicWeights() {
        Map<JobFunction, double[]> map = new EnumMap<>(JobFunction.class);
        //                                                  KPI TOOLS DATA LEADS HANDOFF VOICE MGMT MEETINGS POS NEUTRAL
        map.put(JobFunction.MANAGEMENT_PLANNING, new double[] {2, 0, 1, 0, 0, 0, 4, 2, 0, 0});
        map.put(JobFunction.ADVERTISING_PROMOTION, new double[] {6, 3, 3, 1, 0, 0, 0, 1, 0, 0});
        map.put(JobFunction.RESEARCH, new double[] {2, 1, 5, 0, 0, 1, 0, 1, 0, 0});
        map.put(JobFunction.PRODUCT_PLANNING, new double[] {0, 0, 1, 0, 0, 3, 1, 2, 0, 0});
        map.put(JobFunction.LEAD_GENERATION, new double[] {2, 2, 0, 5, 2, 0, 0, 0, 0, 0});
        map.put(JobFunction.SALES, new double[] {0, 0, 0, 5, 5, 0, 1, 1, 0, 0});
        map.put(JobFunction.CUSTOMER_SERVICE, new double[] {0, 0, 0, 0, 3, 5, 0, 1, 0, 0});
        map.put(JobFunction.SYSTEMS, new double[] {2, 6, 5, 0, 0, 0, 0, 1, 0, 0});
        map.put(JobFunction.SITE_OPERATIONS, new double[] {3, 3, 2, 0, 0, 0, 0, 2, 0, 0});
        map.put(JobFunction.OTHER, new double[] {0, 0, 0, 0, 0, 0, 1, 2, 0, 0});
        return map;
    }
}

package com.surveypivot.findings;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Surveys drawn at random for tests: attributes first (single-choice, uniform), then questions whose answers are
 * independent of everything (a single-choice question, a 5-point scale, a multi-response question), optionally with
 * differences planted: in a planted question, one segment of the first attribute gives the first answer
 * {@code lift} more often.
 */
final class SimulatedSurvey {
    private final Random random;
    private final int n;
    private final List<Question> questions = new ArrayList<>();

    SimulatedSurvey(long seed, int respondents) {
        this.random = new Random(seed);
        this.n = respondents;
    }

    /** A single-choice attribute with {@code k} categories, uniform. */
    int[] attribute(String id, int k) {
        int[] codes = new int[n];
        for (int r = 0; r < n; r++) {
            codes[r] = random.nextInt(k);
        }
        questions.add(Question.categorical(id, id, QuestionType.SINGLE, false, labels(id, k), List.of(id), codes));
        return codes;
    }

    /**
     * A single-choice question (or a 5-point scale) with {@code k} answers; where {@code segment} ≥ 0, respondents
     * with {@code by[r] == segment} give the first answer with extra probability {@code lift}.
     */
    void single(String id, int k, boolean scale, int[] by, int segment, double lift) {
        int[] codes = new int[n];
        for (int r = 0; r < n; r++) {
            boolean planted = segment >= 0 && by[r] == segment && random.nextDouble() < lift;
            codes[r] = planted ? 0 : random.nextInt(k);
        }
        List<String> cats = scale ? List.of("Very much", "Somewhat", "Neither", "Not much", "Not at all")
                : labels(id, k);
        questions.add(Question.categorical(id, id, scale ? QuestionType.SCALE : QuestionType.SINGLE, scale, cats,
                List.of(id), codes));
    }

    /** A multi-response question: each of {@code k} options ticked with probability 0.3, independently. */
    void multi(String id, int k) {
        List<RespondentSet> ticks = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            RespondentSet set = new RespondentSet(n);
            for (int r = 0; r < n; r++) {
                if (random.nextDouble() < 0.3) {
                    set.add(r);
                }
            }
            ticks.add(set);
        }
        List<String> options = labels(id, k);
        questions.add(Question.multi(id, id, options, options, ticks, RespondentSet.all(n)));
    }

    Survey survey() {
        return new Survey("simulated", "simulated", 1, 1, "generic", n, questions);
    }

    private static List<String> labels(String id, int k) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(id + "-" + (char) ('a' + i));
        }
        return out;
    }
}

package com.surveypivot.sample;

import static com.surveypivot.sample.SampleSurveyText.COMPANY_SIZES;
import static com.surveypivot.sample.SampleSurveyText.INDUSTRIES;
import static com.surveypivot.sample.SampleSurveyText.POSITIONS;
import static com.surveypivot.sample.SampleSurveyText.Q2_OPTIONS;
import static com.surveypivot.sample.SampleSurveyText.Q3_SCALE;
import static com.surveypivot.sample.SampleSurveyText.Q4_PAIRS;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws the respondents of the sample survey from a fixed seed. Each respondent gets attributes, 1–3 job functions,
 * and from the mean latent propensities of those functions (plus a small personal deviation) their answers to
 * Q2–Q5. {@link java.util.Random}'s algorithm is fixed by its specification, so the same seed gives the same
 * respondents on every JVM, locale and time zone.
 */
public final class RespondentSimulator {

    public static final long SEED = 20241111L;
    public static final int RESPONDENTS = 1000;
    /** Fieldwork: invitations go out on Monday 11 November 2024 at 10:00; answers are taken for 14 days. */
    public static final LocalDateTime FIELDWORK_START = LocalDateTime.of(2024, 11, 11, 10, 0);
    public static final int FIELDWORK_DAYS = 14;

    private static final double[] INDUSTRY_WEIGHTS = {0.28, 0.22, 0.13, 0.10, 0.20, 0.07};
    private static final double[] SIZE_WEIGHTS = {0.20, 0.38, 0.25, 0.17};
    private static final double[] POSITION_WEIGHTS = {0.07, 0.19, 0.30, 0.23, 0.21};
    /** Large companies find it a little harder to work across departments. */
    private static final double[] SIZE_NOT_LINKED_SHIFT = {-0.06, -0.01, 0.02, 0.05};
    /** Weight per company size so that the weighted sample matches a population with more small companies. */
    private static final double[] SIZE_WEIGHT_FACTOR = {1.42, 0.96, 0.86, 0.78};
    private static final double[] FUNCTION_COUNT_WEIGHTS = {0.70, 0.22, 0.08};
    /** Among the "not / only partly" answers: options 2, 3 and 4. */
    private static final double[] NOT_LINKED_SPLIT = {0.50, 0.32, 0.18};
    private static final double DONT_KNOW = 0.05;
    /** Within the top-2 box: とても悩んでいる, 悩んでいる. */
    private static final double[] TOP2_SPLIT = {0.36, 0.64};
    /** Below the top-2 box: どちらともいえない, あまり悩んでいない, まったく悩んでいない. */
    private static final double[] BOTTOM3_SPLIT = {0.45, 0.40, 0.15};
    /** Base attractiveness of the Q4 pairs, in Q4 option order. */
    private static final double[] PAIR_WEIGHTS = {0.275, 0.20, 0.165, 0.125, 0.05, 0.05, 0.11, 0.025};
    private static final double TWO_PAIRS = 0.55;

    private static final double BLANK_INDUSTRY = 0.005;
    private static final double BLANK_SIZE = 0.008;
    private static final double BLANK_POSITION = 0.006;
    private static final double BLANK_Q2 = 0.012;
    private static final double BLANK_Q3 = 0.015;
    private static final double BLANK_Q4 = 0.02;
    /**
     * The comments of the first sample (1 in 10, from pools of 14, 8 and 16 fixed sentences) were drawn from the main
     * stream; those draws are still made, so that every answer after them stays as it was. The comments themselves
     * now come from {@link SampleCommentWriter} and its own stream.
     */
    private static final double OLD_COMMENT = 0.10;
    private static final int[] OLD_POOL_SIZES = {14, 8, 16};

    private final Random random;
    /** Answer times have their own stream, so that changing the fieldwork pattern leaves the answers alone. */
    private final Random clock;
    /** The free comments have their own stream too. */
    private final SampleCommentWriter comments;

    public RespondentSimulator(long seed) {
        this.random = new Random(seed);
        this.clock = new Random(seed + 1);
        this.comments = new SampleCommentWriter(seed + 2);
    }

    /** The sample survey's respondents: {@link #RESPONDENTS} of them drawn from {@link #SEED}. */
    public static List<SampleRespondent> sample() {
        return new RespondentSimulator(SEED).simulate(RESPONDENTS);
    }

    public List<SampleRespondent> simulate(int count) {
        List<LocalDateTime> times = answerTimes(count);
        List<SampleRespondent> respondents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            respondents.add(respondent(String.format(java.util.Locale.ROOT, "R%04d", i + 1), times.get(i)));
        }
        return respondents;
    }

    private List<LocalDateTime> answerTimes(int count) {
        LocalDateTime firstDay = FIELDWORK_START.toLocalDate().atStartOfDay();
        List<LocalDateTime> times = new ArrayList<>(count);
        while (times.size() < count) {
            // more answers in the first days after the invitation, most during the day
            int day = (int) Math.min(FIELDWORK_DAYS - 1, Math.floor(-StrictMath.log(1 - clock.nextDouble()) * 4.5));
            int hour = pick(clock, HOUR_WEIGHTS);
            int second = clock.nextInt(3600);
            LocalDateTime time = firstDay.plusDays(day).plusHours(hour).plusSeconds(second);
            if (!time.isBefore(FIELDWORK_START)) {
                times.add(time);
            }
        }
        Collections.sort(times);
        return times;
    }

    private static final double[] HOUR_WEIGHTS = {
        0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 2.0, 2.4, 2.2, 2.0,
        2.6, 2.2, 1.9, 1.8, 1.7, 1.8, 1.9, 1.8, 1.9, 1.7, 1.2, 0.6};

    private SampleRespondent respondent(String id, LocalDateTime answeredAt) {
        String industry = blankOr(BLANK_INDUSTRY, INDUSTRIES.get(pick(INDUSTRY_WEIGHTS)));
        int sizeIndex = pick(SIZE_WEIGHTS);
        String size = blankOr(BLANK_SIZE, COMPANY_SIZES.get(sizeIndex));
        String position = blankOr(BLANK_POSITION, POSITIONS.get(pick(POSITION_WEIGHTS)));
        Set<JobFunction> functions = functions();

        double notLinked = clamp(mean(functions, JobFunction::notLinked) + SIZE_NOT_LINKED_SHIFT[sizeIndex]
                + random.nextGaussian() * 0.04, 0.05, 0.95);
        int q2 = q2(notLinked);
        double worried = mean(functions, JobFunction::worried) + q2WorryShift(q2) + random.nextGaussian() * 0.04;
        int q3 = q3(clamp(worried, 0.05, 0.95));
        List<String> q4 = q4(functions);
        skipOldComment(q2, q3);
        String q5 = comments.comment(functions, q2, q3);

        double sizeFactor = size == null ? 1.0 : SIZE_WEIGHT_FACTOR[sizeIndex];
        double weight = clamp(sizeFactor * (0.92 + 0.16 * random.nextDouble()), 0.6, 1.6);
        weight = Math.round(weight * 1000) / 1000.0;

        String q2Label = blankOr(BLANK_Q2, Q2_OPTIONS.get(q2));
        String q3Label = blankOr(BLANK_Q3, Q3_SCALE.get(q3));
        List<String> q4Labels = random.nextDouble() < BLANK_Q4 ? List.of() : q4;
        return new SampleRespondent(id, answeredAt, industry, size, position, functions, q2Label, q3Label,
                q4Labels, q5, weight);
    }

    private Set<JobFunction> functions() {
        JobFunction[] all = JobFunction.values();
        double[] first = new double[all.length];
        double[] extra = new double[all.length];
        for (JobFunction f : all) {
            first[f.ordinal()] = f.firstWeight();
            extra[f.ordinal()] = f.extraWeight();
        }
        JobFunction main = all[pick(first)];
        Set<JobFunction> functions = EnumSet.of(main);
        int count = main == JobFunction.OTHER ? 1 : pick(FUNCTION_COUNT_WEIGHTS) + 1;
        while (functions.size() < count) {
            for (JobFunction f : functions) {
                extra[f.ordinal()] = 0;
            }
            functions.add(all[pick(extra)]);
        }
        return functions;
    }

    private int q2(double notLinked) {
        double u = random.nextDouble();
        if (u < DONT_KNOW) {
            return 4;
        }
        if (u < DONT_KNOW + notLinked * (1 - DONT_KNOW)) {
            return 1 + pick(NOT_LINKED_SPLIT);
        }
        return 0;
    }

    /** Respondents whose departments already work well together worry less; those who see problems, a little more. */
    private static double q2WorryShift(int q2) {
        return switch (q2) {
            case 0 -> -0.14;
            case 4 -> -0.06;
            default -> 0.04;
        };
    }

    private int q3(double worried) {
        return random.nextDouble() < worried ? pick(TOP2_SPLIT) : 2 + pick(BOTTOM3_SPLIT);
    }

    private List<String> q4(Set<JobFunction> functions) {
        double[] weights = new double[Q4_PAIRS.size()];
        for (int pair = 0; pair < weights.length; pair++) {
            double multiplier = 0;
            for (JobFunction f : functions) {
                multiplier = Math.max(multiplier, f.pairMultiplier(pair));
            }
            weights[pair] = PAIR_WEIGHTS[pair] * multiplier;
        }
        int firstPair = pick(weights);
        int count = random.nextDouble() < TWO_PAIRS && firstPair != Q4_PAIRS.size() - 1 ? 2 : 1;
        List<Integer> chosen = new ArrayList<>(List.of(firstPair));
        weights[firstPair] = 0;
        weights[Q4_PAIRS.size() - 1] = 0; // "その他" is written as the only answer
        if (count == 2) {
            chosen.add(pick(weights));
        }
        Collections.sort(chosen);
        List<String> labels = new ArrayList<>();
        for (int pair : chosen) {
            labels.add(Q4_PAIRS.get(pair));
        }
        return List.copyOf(labels);
    }

    /** Makes the main stream's draws of the first sample's comment (see {@link #OLD_COMMENT}). */
    private void skipOldComment(int q2, int q3) {
        if (random.nextDouble() >= OLD_COMMENT) {
            return;
        }
        int pool = q2 >= 1 && q2 <= 3 && q3 <= 1 ? 0 : q2 == 0 ? 1 : 2;
        random.nextInt(OLD_POOL_SIZES[pool]);
    }

    private String blankOr(double blankProbability, String label) {
        return random.nextDouble() < blankProbability ? null : label;
    }

    private int pick(double[] weights) {
        return pick(random, weights);
    }

    private static int pick(Random random, double[] weights) {
        double total = Arrays.stream(weights).sum();
        double u = random.nextDouble() * total;
        double cumulative = 0;
        int last = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] <= 0) {
                continue;
            }
            cumulative += weights[i];
            last = i;
            if (u < cumulative) {
                return i;
            }
        }
        return last;
    }

    private static double mean(Set<JobFunction> functions, java.util.function.ToDoubleFunction<JobFunction> value) {
        return functions.stream().mapToDouble(value).average().orElseThrow();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}

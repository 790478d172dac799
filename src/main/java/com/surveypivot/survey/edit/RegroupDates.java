package com.surveypivot.survey.edit;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups a date question's answers by day, week or month; the time of day is ignored. Labels are language-neutral
 * and sort in time order:
 * <ul>
 * <li>{@link Grouping#DAY}: {@code 2024-11-11};</li>
 * <li>{@link Grouping#WEEK}: an ISO week, Monday to Sunday, as its first and last day:
 * {@code 2024-11-11–11-17} (across a new year {@code 2024-12-30–01-05});</li>
 * <li>{@link Grouping#MONTH}: {@code 2024-11}.</li>
 * </ul>
 * Only days, weeks or months that someone answered in become categories. A plain record for a project file.
 */
public record RegroupDates(String questionId, Grouping grouping) implements SurveyEdit {

    /** The period answers are grouped by. */
    public enum Grouping { DAY, WEEK, MONTH }

    public RegroupDates {
        if (questionId == null || grouping == null) {
            throw new IllegalArgumentException("a question and a grouping");
        }
    }

    @Override
    public Survey apply(Survey survey) {
        Question q = SurveyQuestions.require(survey, questionId);
        double[] days = q.numbers();
        if (q.type() != QuestionType.DATE || days == null) {
            throw new IllegalArgumentException(questionId + " is not a date question");
        }
        long[] keys = new long[days.length];
        boolean[] given = new boolean[days.length];
        for (int r = 0; r < days.length; r++) {
            if (!Double.isNaN(days[r])) {
                keys[r] = periodStart(LocalDate.ofEpochDay((long) Math.floor(days[r]))).toEpochDay();
                given[r] = true;
            }
        }
        long[] starts = java.util.stream.IntStream.range(0, days.length).filter(r -> given[r])
                .mapToLong(r -> keys[r]).distinct().sorted().toArray();
        List<String> labels = new ArrayList<>();
        for (long start : starts) {
            labels.add(label(LocalDate.ofEpochDay(start)));
        }
        int[] codes = new int[days.length];
        for (int r = 0; r < days.length; r++) {
            codes[r] = given[r] ? Arrays.binarySearch(starts, keys[r]) : -1;
        }
        Question regrouped = Question.date(q.id(), q.text(), q.columns().get(0), days, labels, codes);
        return SurveyQuestions.replace(survey, questionId, regrouped);
    }

    /** The first day of the day's period: the day, its week's Monday, or the first of its month. */
    LocalDate periodStart(LocalDate day) {
        return switch (grouping) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The label of the period that starts on {@code start}. */
    String label(LocalDate start) {
        return switch (grouping) {
            case DAY -> start.toString();
            case WEEK -> start + "\u2013" + start.plusDays(6).toString().substring(5);
            case MONTH -> start.toString().substring(0, 7);
        };
    }

    @Override
    public String targetId() {
        return questionId;
    }

    @Override
    public String description() {
        return "group " + questionId + " by " + grouping.name().toLowerCase(java.util.Locale.ROOT);
    }
}

package com.surveypivot.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One question of a survey with its answers for every respondent.
 *
 * <p>Every crossable question (single, scale, multi, number, date) has a categorical view:
 * its {@link #categories()} in display order, and for each category the set of respondents
 * who gave that answer ({@link #members(int)}). {@link #answered()} is who answered at all,
 * so who is in the base. Single-valued questions also keep one code per respondent
 * ({@link #codes()}, -1 for no answer); numbers keep their values; text and ids keep strings.
 * A grid question holds one scale question per item.
 *
 * <p>Instances are built through the static factories and never change afterwards.
 */
public final class Question {
    private final String id;
    private final String text;
    private final QuestionType type;
    private final boolean ordered;
    private final List<String> categories;
    private final List<String> columns;
    private final List<RespondentSet> members;
    private final RespondentSet answered;
    private final int[] codes;
    private final double[] numbers;
    private final String[] texts;
    private final List<Question> items;

    private Question(String id, String text, QuestionType type, boolean ordered, List<String> categories,
            List<String> columns, List<RespondentSet> members, RespondentSet answered, int[] codes,
            double[] numbers, String[] texts, List<Question> items) {
        this.id = Objects.requireNonNull(id);
        this.text = Objects.requireNonNull(text);
        this.type = Objects.requireNonNull(type);
        this.ordered = ordered;
        this.categories = List.copyOf(categories);
        this.columns = List.copyOf(columns);
        this.members = List.copyOf(members);
        this.answered = answered;
        this.codes = codes;
        this.numbers = numbers;
        this.texts = texts;
        this.items = List.copyOf(items);
    }

    /**
     * A single-valued categorical question (SINGLE or SCALE, or a categorised NUMBER/DATE
     * through {@link #number} / {@link #date}).
     *
     * @param codes one entry per respondent: the index into {@code categories}, or -1 for no answer
     */
    public static Question categorical(String id, String text, QuestionType type, boolean ordered,
            List<String> categories, List<String> columns, int[] codes) {
        return fromCodes(id, text, type, ordered, categories, columns, codes, null);
    }

    /**
     * A multi-response question.
     *
     * @param ticks for each option, the respondents who ticked it
     * @param answered the respondents in the base (who answered the question, even if they ticked nothing)
     */
    public static Question multi(String id, String text, List<String> options, List<String> columns,
            List<RespondentSet> ticks, RespondentSet answered) {
        if (options.size() != ticks.size()) {
            throw new IllegalArgumentException("one tick set per option");
        }
        return new Question(id, text, QuestionType.MULTI, false, options, columns, ticks, answered,
                null, null, null, List.of());
    }

    /**
     * A numeric question. {@code values} holds NaN for no answer; {@code categories} and {@code codes}
     * are its categorical view (distinct values or bins in ascending order).
     */
    public static Question number(String id, String text, String column, double[] values,
            List<String> categories, int[] codes) {
        return fromCodes(id, text, QuestionType.NUMBER, true, categories, List.of(column), codes, values);
    }

    /**
     * A date question. {@code epochDays} holds days since 1970-01-01 (NaN for no answer; fractions are the time
     * of day); {@code categories} and {@code codes} are its categorical view (days, weeks or months in order).
     */
    public static Question date(String id, String text, String column, double[] epochDays,
            List<String> categories, int[] codes) {
        return fromCodes(id, text, QuestionType.DATE, true, categories, List.of(column), codes, epochDays);
    }

    /** Free text or respondent ids; {@code values} holds null for blank. */
    public static Question text(String id, String text, QuestionType type, String column, String[] values) {
        if (type != QuestionType.TEXT && type != QuestionType.ID) {
            throw new IllegalArgumentException("text questions are TEXT or ID");
        }
        RespondentSet answered = new RespondentSet(values.length);
        for (int r = 0; r < values.length; r++) {
            if (values[r] != null && !values[r].isBlank()) {
                answered.add(r);
            }
        }
        return new Question(id, text, type, false, List.of(), List.of(column), List.of(), answered, null, null,
                values.clone(), List.of());
    }

    /**
     * A grid (matrix) question: items rated on one scale. Its categories are the scale's; its members are the
     * union over items, so the grid as a whole can still be described; tables use the items.
     */
    public static Question grid(String id, String text, List<Question> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a grid has items");
        }
        Question first = items.get(0);
        List<RespondentSet> union = new ArrayList<>();
        for (int c = 0; c < first.categoryCount(); c++) {
            RespondentSet set = new RespondentSet(first.respondentCount());
            for (Question item : items) {
                set = set.or(item.members(c));
            }
            union.add(set);
        }
        RespondentSet answered = new RespondentSet(first.respondentCount());
        List<String> columns = new ArrayList<>();
        for (Question item : items) {
            answered = answered.or(item.answered());
            columns.addAll(item.columns());
        }
        return new Question(id, text, QuestionType.GRID, first.isOrdered(), first.categories(), columns, union,
                answered, null, null, null, items);
    }

    private static Question fromCodes(String id, String text, QuestionType type, boolean ordered,
            List<String> categories, List<String> columns, int[] codes, double[] numbers) {
        RespondentSet[] sets = RespondentSet.byCode(codes, categories.size());
        List<RespondentSet> members = new ArrayList<>(Arrays.asList(sets).subList(0, categories.size()));
        RespondentSet answered = sets[categories.size()];
        return new Question(id, text, type, ordered, categories, columns, members, answered, codes.clone(),
                numbers == null ? null : numbers.clone(), null, List.of());
    }

    /** A copy with another id, text, order of categories or type; the answers stay. */
    public Question withLabels(String newId, String newText, QuestionType newType, boolean newOrdered) {
        return new Question(newId, newText, newType, newOrdered, categories, columns, members, answered, codes,
                numbers, texts, items);
    }

    public String id() {
        return id;
    }

    /** The question text (the header without its leading code, or the whole header). */
    public String text() {
        return text;
    }

    public QuestionType type() {
        return type;
    }

    /** True where the categories have a natural order (scales, size bands, years). */
    public boolean isOrdered() {
        return ordered;
    }

    public boolean isMulti() {
        return type == QuestionType.MULTI;
    }

    public boolean isCrossable() {
        return type.isCrossable() && !categories.isEmpty();
    }

    /** Category labels (answers, options, scale points, bins) in display order. */
    public List<String> categories() {
        return categories;
    }

    public int categoryCount() {
        return categories.size();
    }

    /** The header texts of the source columns. */
    public List<String> columns() {
        return columns;
    }

    /** The respondents who gave category {@code c}. */
    public RespondentSet members(int c) {
        return members.get(c);
    }

    /** How many respondents gave category {@code c}. */
    public int count(int c) {
        return members.get(c).count();
    }

    /** The respondents who answered the question (its base). */
    public RespondentSet answered() {
        return answered;
    }

    public int respondentCount() {
        return answered.size();
    }

    /** One code per respondent (-1 = no answer) for single-valued questions; null for multi, grid, text, id. */
    public int[] codes() {
        return codes == null ? null : codes.clone();
    }

    /** The code of one respondent (-1 = no answer); only for single-valued questions. */
    public int code(int respondent) {
        return codes[respondent];
    }

    public boolean hasCodes() {
        return codes != null;
    }

    /** Numeric values (NaN = no answer) for NUMBER, epoch days for DATE; null otherwise. */
    public double[] numbers() {
        return numbers == null ? null : numbers.clone();
    }

    /** Raw strings for TEXT and ID questions (null = blank); null otherwise. */
    public List<String> texts() {
        return texts == null ? null : Collections.unmodifiableList(Arrays.asList(texts));
    }

    /** The items of a grid question; empty otherwise. */
    public List<Question> items() {
        return items;
    }

    /** Index of a category label, or -1. */
    public int indexOf(String label) {
        return categories.indexOf(label);
    }

    @Override
    public String toString() {
        return id + " (" + type.jsonName() + ", " + categories.size() + " categories)";
    }
}

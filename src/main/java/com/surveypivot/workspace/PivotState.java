package com.surveypivot.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the workspace shows about the survey, as one immutable value: which question, broken down by which
 * attributes, which of the first attribute's categories are shown and in which order, who is filtered, the weight,
 * the answers' NETs, order, hidden answers and scores, and the chart's and grid's settings. It names questions by id
 * only (no survey objects), so that a project file can save it and put it back on the survey read again; it is
 * changed only by {@link PivotCommand}s.
 *
 * @param question the question of the table's rows (id), or null before a survey is shown
 * @param banner   the attributes the table is broken down by, side by side (ids; empty: Total only)
 * @param nest     an attribute nested within the first banner attribute's categories (id), or null
 * @param segments which categories of the first banner attribute are shown, in this order (empty: all, in the
 *                 attribute's order); respondents are not filtered by it, only the other segments' bars hidden
 * @param filters  who is in the table: every condition with answers must hold (a condition without answers yet is
 *                 shown but filters nobody out)
 * @param weight   the number question holding each respondent's weight (id), or null
 * @param answers  per question id, the edits of its answers made in the table (NETs, order, hidden, scores)
 * @param table    significance level and automatic NETs
 * @param chart    chart kind, decimals and report language
 * @param grid     what the grid shows
 */
public record PivotState(String question, List<String> banner, String nest, List<String> segments,
        List<FilterCondition> filters, String weight, Map<String, AnswerLayout> answers, TableSettings table,
        ChartSettings chart, GridSettings grid) {

    /** The state before any survey is shown. */
    public static final PivotState EMPTY = new PivotState(null, List.of(), null, List.of(), List.of(), null,
            Map.of(), TableSettings.DEFAULT, ChartSettings.DEFAULT, GridSettings.DEFAULT);

    public PivotState {
        banner = List.copyOf(banner);
        segments = List.copyOf(segments);
        filters = List.copyOf(filters);
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        table = Objects.requireNonNull(table, "table");
        chart = Objects.requireNonNull(chart, "chart");
        grid = Objects.requireNonNull(grid, "grid");
        if (nest != null && banner.isEmpty()) {
            nest = null;
        }
    }

    /** A state on a question broken down by one attribute (or none), everything else as in {@link #EMPTY}. */
    public static PivotState of(String question, String attribute) {
        return EMPTY.withQuestion(question).withBanner(attribute == null ? List.of() : List.of(attribute), null);
    }

    /** The first banner attribute (the one the segments and the chart's bars are of), or null. */
    public String attribute() {
        return banner.isEmpty() ? null : banner.get(0);
    }

    /** The answer edits of a question (none made: {@link AnswerLayout#NONE}). */
    public AnswerLayout answersOf(String questionId) {
        return answers.getOrDefault(questionId, AnswerLayout.NONE);
    }

    /** The answer edits of the current question. */
    public AnswerLayout currentAnswers() {
        return question == null ? AnswerLayout.NONE : answersOf(question);
    }

    /** The filter on a question, if any. */
    public FilterCondition filterOn(String questionId) {
        return filters.stream().filter(f -> f.question().equals(questionId)).findFirst().orElse(null);
    }

    public PivotState withQuestion(String newQuestion) {
        return new PivotState(newQuestion, banner, nest, segments, filters, weight, answers, table, chart, grid);
    }

    /**
     * Another banner; the chosen segments are kept only while the first attribute stays the same, and the nest only
     * while it is not itself in the banner.
     */
    public PivotState withBanner(List<String> newBanner, String newNest) {
        String first = newBanner.isEmpty() ? null : newBanner.get(0);
        List<String> keptSegments = Objects.equals(first, attribute()) ? segments : List.of();
        String keptNest = newNest != null && newBanner.contains(newNest) ? null : newNest;
        return new PivotState(question, newBanner, keptNest, keptSegments, filters, weight, answers, table, chart,
                grid);
    }

    public PivotState withSegments(List<String> newSegments) {
        return new PivotState(question, banner, nest, newSegments, filters, weight, answers, table, chart, grid);
    }

    public PivotState withFilters(List<FilterCondition> newFilters) {
        return new PivotState(question, banner, nest, segments, newFilters, weight, answers, table, chart, grid);
    }

    public PivotState withWeight(String newWeight) {
        return new PivotState(question, banner, nest, segments, filters, newWeight, answers, table, chart, grid);
    }

    /** The state with one question's answer edits replaced (NONE removes the entry). */
    public PivotState withAnswers(String questionId, AnswerLayout layout) {
        Map<String, AnswerLayout> copy = new LinkedHashMap<>(answers);
        if (layout.isEmpty()) {
            copy.remove(questionId);
        } else {
            copy.put(questionId, layout);
        }
        return new PivotState(question, banner, nest, segments, filters, weight, copy, table, chart, grid);
    }

    public PivotState withTable(TableSettings newTable) {
        return new PivotState(question, banner, nest, segments, filters, weight, answers, newTable, chart, grid);
    }

    public PivotState withChart(ChartSettings newChart) {
        return new PivotState(question, banner, nest, segments, filters, weight, answers, table, newChart, grid);
    }

    public PivotState withGrid(GridSettings newGrid) {
        return new PivotState(question, banner, nest, segments, filters, weight, answers, table, chart, newGrid);
    }
}

package com.surveypivot.io;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A grid (matrix) question: a group of columns ({@code Q5_1 … Q5_n}, or columns under one SurveyMonkey question)
 * that all hold answers of one scale: a known scale, the codebook's answers, whole numbers such as 1–5 or 0–10,
 * or a few labels shared by every column. Each column becomes one SCALE item on the common categories.
 */
final class GridQuestions {
    private static final int MAX_NUMERIC_POINTS = 11;
    private static final int MAX_SHARED_LABELS = 7;

    private GridQuestions() {
    }

    /** The grid, or empty when the columns do not share one scale. */
    static Optional<Question> build(String id, String text, List<ColumnValues> cols, Codebook.Entry entry) {
        if (cols.size() < 2) {
            return Optional.empty();
        }
        List<List<String>> keys = new ArrayList<>();
        Set<String> union = new LinkedHashSet<>();
        boolean numeric = true;
        for (ColumnValues c : cols) {
            if (c.dates || c.answered == 0) {
                return Optional.empty();
            }
            numeric &= c.numeric && wholeNumbers(c);
            List<String> own = new ArrayList<>();
            for (int r = 0; r < c.rows; r++) {
                String key = c.label(r);
                own.add(key == null ? null : CodedAnswers.label(entry, key));
            }
            keys.add(own);
            for (String k : own) {
                if (k != null) {
                    union.add(k);
                }
            }
        }
        List<String> labels = new ArrayList<>(union);
        List<String> order = order(labels, cols, entry, numeric);
        if (order == null) {
            return Optional.empty();
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        List<Question> items = new ArrayList<>();
        for (int k = 0; k < cols.size(); k++) {
            ColumnValues c = cols.get(k);
            int[] codes = new int[c.rows];
            for (int r = 0; r < c.rows; r++) {
                String key = keys.get(k).get(r);
                codes[r] = key == null ? -1 : index.get(key);
            }
            items.add(Question.categorical(itemId(c), itemText(c), QuestionType.SCALE, true, order,
                    List.of(c.raw.header()), codes));
        }
        return Optional.of(Question.grid(id, text, items));
    }

    private static List<String> order(List<String> labels, List<ColumnValues> cols, Codebook.Entry entry,
            boolean numeric) {
        if (entry != null && entry.labels().containsAll(labels)) {
            Optional<List<String>> scale = ScaleCatalog.order(entry.labels());
            return scale.orElse(entry.labels());
        }
        Optional<List<String>> scale = ScaleCatalog.order(labels);
        if (scale.isPresent()) {
            return scale.get();
        }
        if (numeric) {
            if (labels.size() < 3 || labels.size() > MAX_NUMERIC_POINTS) {
                return null;
            }
            List<String> sorted = new ArrayList<>(labels);
            sorted.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
            return sorted;
        }
        if (labels.size() < 3 || labels.size() > MAX_SHARED_LABELS) {
            return null;
        }
        for (ColumnValues c : cols) {
            if (c.numeric || c.labels.size() * 2 < labels.size()) {
                return null;
            }
        }
        return CategoryOrder.order(labels).labels();
    }

    private static boolean wholeNumbers(ColumnValues c) {
        for (double v : c.numbers) {
            if (!Double.isNaN(v) && !NumberText.isWhole(v)) {
                return false;
            }
        }
        return true;
    }

    static String itemId(ColumnValues c) {
        String code = c.header.code();
        return code != null && !code.equals(c.header.stem()) ? code : c.raw.header();
    }

    static String itemText(ColumnValues c) {
        String group = c.raw.group();
        if (group != null && c.raw.header().startsWith(group + " - ")) {
            return c.raw.header().substring(group.length() + 3).strip();
        }
        if (c.header.option() != null) {
            return c.header.option();
        }
        return c.header.text().equals(c.header.code()) ? c.raw.header() : c.header.text();
    }
}

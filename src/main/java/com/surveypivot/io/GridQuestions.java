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
    private static final int FEW_NUMBERS = 32;

    private GridQuestions() {
    }

    /** The grid, or empty when the columns do not share one scale. */
    static Optional<Question> build(String id, String text, List<ColumnValues> cols, Codebook.Entry entry) {
        if (cols.size() < 2) {
            return Optional.empty();
        }
        // each column's answers as ids of its distinct keys (its labels, or its distinct numbers as the sheet shows
        // them), each key resolved through the codebook once; the union in first-appearance order, column by column
        List<int[]> keyIds = new ArrayList<>();
        List<String[]> keyTexts = new ArrayList<>();
        Set<String> union = new LinkedHashSet<>();
        boolean numeric = true;
        for (ColumnValues c : cols) {
            if (c.dates || c.answered == 0) {
                return Optional.empty();
            }
            numeric &= c.numeric && wholeNumbers(c);
            ColumnKeys own = ColumnKeys.of(c, entry);
            keyIds.add(own.ids());
            keyTexts.add(own.texts());
            boolean[] seen = new boolean[own.texts().length];
            for (int key : own.ids()) {
                if (key >= 0 && !seen[key]) {
                    seen[key] = true;
                    union.add(own.texts()[key]);
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
            String[] texts = keyTexts.get(k);
            int[] codeOfKey = new int[texts.length];
            for (int i = 0; i < texts.length; i++) {
                codeOfKey[i] = index.get(texts[i]);
            }
            int[] ids = keyIds.get(k);
            int[] codes = new int[c.rows];
            for (int r = 0; r < c.rows; r++) {
                codes[r] = ids[r] < 0 ? -1 : codeOfKey[ids[r]];
            }
            items.add(Question.categorical(itemId(c), itemText(c), QuestionType.SCALE, true, order,
                    List.of(c.raw.header()), codes));
        }
        return Optional.of(Question.grid(id, text, items));
    }

    /**
     * One column's answers as key ids per row (-1 = no answer) and the text of each key: the label (through the
     * codebook) for label columns, the number as the sheet shows it for number columns.
     */
    private record ColumnKeys(int[] ids, String[] texts) {
        static ColumnKeys of(ColumnValues c, Codebook.Entry entry) {
            if (!c.numeric) {
                String[] texts = new String[c.labels.size()];
                for (int l = 0; l < texts.length; l++) {
                    texts[l] = CodedAnswers.label(entry, c.labels.get(l));
                }
                return new ColumnKeys(c.codes, texts);
            }
            // a scale has few distinct numbers: look them up in a short array, in a map beyond that
            long[] seen = new long[FEW_NUMBERS];
            Map<Long, Integer> idOfNumber = new HashMap<>();
            List<String> texts = new ArrayList<>();
            int[] ids = new int[c.rows];
            for (int r = 0; r < c.rows; r++) {
                double v = c.numbers[r];
                if (Double.isNaN(v)) {
                    ids[r] = -1;
                    continue;
                }
                long bits = Double.doubleToLongBits(v);
                int key = -1;
                for (int i = 0, n = Math.min(texts.size(), FEW_NUMBERS); i < n; i++) {
                    if (seen[i] == bits) {
                        key = i;
                        break;
                    }
                }
                if (key < 0 && texts.size() > FEW_NUMBERS) {
                    key = idOfNumber.getOrDefault(bits, -1);
                }
                if (key < 0) {
                    key = texts.size();
                    texts.add(CodedAnswers.label(entry, NumberText.format(v)));
                    if (key < FEW_NUMBERS) {
                        seen[key] = bits;
                    } else {
                        idOfNumber.put(bits, key);
                    }
                }
                ids[r] = key;
            }
            return new ColumnKeys(ids, texts.toArray(new String[0]));
        }
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

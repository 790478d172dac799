package com.surveypivot.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recognises header rows below the first one, as survey tools write them: Qualtrics (codes such as {@code Q5_1},
 * then question texts, then an ImportId row), SurveyMonkey (question texts over blank or merged cells, then
 * option texts or "Response"), and a row of codes over a row of question texts (Kaggle). It composes one header
 * text per column ({@code Q5_1 How satisfied… - Price}) and, for SurveyMonkey, the question each column sits under.
 */
final class HeaderRows {
    static final String QUALTRICS = "qualtrics";
    static final String SURVEYMONKEY = "surveymonkey";
    static final String CODES_AND_TEXTS = "codes-and-texts";

    private static final Set<String> RESPONSE = Set.of("response", "open-ended response", "回答", "自由回答",
            "responses");

    /** A row as text: column → text of its text cells, and how many number cells it has. */
    record Row(Map<Integer, String> texts, int numbers) {
        boolean isAllText() {
            return numbers == 0 && !texts.isEmpty();
        }
    }

    /**
     * @param extra   header rows below the first (0: one header row)
     * @param kind    the layout told by them, or null
     * @param headers column → composed header text
     * @param groups  column → the question a SurveyMonkey column sits under (only for questions over 2+ columns)
     */
    record Result(int extra, String kind, Map<Integer, String> headers, Map<Integer, String> groups) {
    }

    private HeaderRows() {
    }

    /**
     * @param rows the header row and the rows after it (as many as are buffered)
     */
    static Result detect(List<Row> rows) {
        Row first = rows.get(0);
        Row second = rows.size() > 1 ? rows.get(1) : null;
        Row third = rows.size() > 2 ? rows.get(2) : null;
        if (second == null) {
            return plain(first);
        }
        if (third != null && isImportIdRow(third) && second.isAllText()) {
            return new Result(2, QUALTRICS, codesAndTexts(first, second), Map.of());
        }
        if (isImportIdRow(second)) {
            return new Result(1, QUALTRICS, first.texts(), Map.of());
        }
        List<Row> later = rows.subList(2, rows.size());
        if (second.isAllText() && later.size() >= 1 && isMonkeyOptionRow(first, second)) {
            return surveyMonkey(first, second);
        }
        if (second.isAllText() && later.size() >= 2 && isCodeRow(first) && isTextRow(first, second)
                && unique(second, later)) {
            return new Result(1, CODES_AND_TEXTS, codesAndTexts(first, second), Map.of());
        }
        return plain(first);
    }

    private static Result plain(Row first) {
        return new Result(0, null, first.texts(), Map.of());
    }

    private static boolean isImportIdRow(Row row) {
        int json = 0;
        for (String t : row.texts().values()) {
            if (t.strip().startsWith("{\"ImportId\"")) {
                json++;
            }
        }
        return json > 0 && json * 2 >= row.texts().size();
    }

    /** Option texts under question texts: "Response" markers, or texts where the row above is blank. */
    private static boolean isMonkeyOptionRow(Row first, Row second) {
        if (isCodeRow(second)) {
            return false;
        }
        for (String t : second.texts().values()) {
            if (RESPONSE.contains(t.strip().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        int gaps = 0;
        for (int column : second.texts().keySet()) {
            if (!first.texts().containsKey(column) && hasTextLeft(first, column)) {
                gaps++;
            }
        }
        return gaps >= 2;
    }

    private static boolean hasTextLeft(Row row, int column) {
        for (int c : row.texts().keySet()) {
            if (c < column) {
                return true;
            }
        }
        return false;
    }

    /** Most headers of the row are bare codes ({@code Q1}, {@code Q7_Part_1}). */
    private static boolean isCodeRow(Row row) {
        int codes = 0;
        for (String t : row.texts().values()) {
            HeaderCode h = HeaderCode.parse(t);
            if (h.code() != null && h.code().equals(h.header())) {
                codes++;
            }
        }
        return codes >= 2 && codes * 2 >= row.texts().size();
    }

    /** Question texts under codes: present under most codes and longer than them. */
    private static boolean isTextRow(Row first, Row second) {
        int longer = 0;
        for (Map.Entry<Integer, String> e : first.texts().entrySet()) {
            String below = second.texts().get(e.getKey());
            if (below != null && below.length() > e.getValue().length()) {
                longer++;
            }
        }
        return longer * 2 >= first.texts().size();
    }

    /** Header texts are not answers: at least 80% of them never recur in their column below. */
    private static boolean unique(Row row, List<Row> later) {
        int recurring = 0;
        for (Map.Entry<Integer, String> e : row.texts().entrySet()) {
            for (Row r : later) {
                if (e.getValue().equals(r.texts().get(e.getKey()))) {
                    recurring++;
                    break;
                }
            }
        }
        return recurring * 5 <= row.texts().size();
    }

    private static Map<Integer, String> codesAndTexts(Row codes, Row texts) {
        Map<Integer, String> out = new TreeMap<>();
        Set<Integer> columns = new HashSet<>(codes.texts().keySet());
        columns.addAll(texts.texts().keySet());
        for (int c : columns) {
            String code = codes.texts().get(c);
            String text = texts.texts().get(c);
            HeaderCode h = code == null ? null : HeaderCode.parse(code);
            if (code == null) {
                out.put(c, text);
            } else if (text == null || text.strip().equals(code.strip())) {
                out.put(c, code);
            } else if (h.code() != null && h.code().equals(h.header())) {
                out.put(c, code.strip() + " " + text.strip());
            } else {
                out.put(c, text.strip());
            }
        }
        return out;
    }

    private static Result surveyMonkey(Row first, Row second) {
        Map<Integer, String> headers = new TreeMap<>();
        Map<Integer, String> groups = new TreeMap<>();
        Set<Integer> columns = new TreeMap<Integer, String>(first.texts()).keySet();
        List<Integer> all = new ArrayList<>(columns);
        for (int c : second.texts().keySet()) {
            if (!columns.contains(c)) {
                all.add(c);
            }
        }
        all.sort(Integer::compare);
        String question = null;
        int questionStart = -1;
        Map<String, Integer> span = new java.util.HashMap<>();
        Map<Integer, String> questionOf = new TreeMap<>();
        for (int c : all) {
            String top = first.texts().get(c);
            if (top != null) {
                question = top.strip();
                questionStart = c;
            } else if (questionStart >= 0 && !contiguous(all, questionStart, c)) {
                question = null;
            }
            if (question != null) {
                span.merge(question + "\u0000" + questionStart, 1, Integer::sum);
            }
            String option = second.texts().get(c);
            boolean plainResponse = option == null || RESPONSE.contains(option.strip().toLowerCase(java.util.Locale.ROOT));
            if (question == null) {
                headers.put(c, option == null ? "" : option.strip());
            } else if (plainResponse) {
                headers.put(c, question);
            } else {
                headers.put(c, question + " - " + option.strip());
            }
            questionOf.put(c, question == null ? null : question + "\u0000" + questionStart);
        }
        for (Map.Entry<Integer, String> e : questionOf.entrySet()) {
            if (e.getValue() != null && span.getOrDefault(e.getValue(), 0) >= 2) {
                groups.put(e.getKey(), e.getValue().substring(0, e.getValue().indexOf('\u0000')));
            }
        }
        return new Result(1, SURVEYMONKEY, headers, groups);
    }

    /** True when every column from start to c is present (a question spans adjacent columns only). */
    private static boolean contiguous(List<Integer> all, int start, int c) {
        int from = all.indexOf(start);
        int to = all.indexOf(c);
        return to - from == c - start;
    }
}

package com.surveypivot.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A workbook's codebook sheet (コード表, レイアウト表, codebook, Codes): for each question its answers in
 * questionnaire order, as (question, code, label) rows or (question id, question text, code, label) rows. The
 * question cell may be written only on the first row of its block. It gives the answer order, the labels of
 * answers stored as codes, and question texts.
 */
final class Codebook {
    static final Codebook EMPTY = new Codebook(Map.of());

    private static final Pattern SHEET_NAME = Pattern.compile(
            "(?is).*(コード表|コードブック|レイアウト表|レイアウト|選択肢一覧|codebook|code ?book|codes|code list|value labels).*");
    private static final Pattern QUESTION = Pattern.compile("(?is).*(question|設問|質問|変数|項目|variable|qid|問).*");
    private static final Pattern TEXT = Pattern.compile("(?is).*(text|文|内容|見出し|title|wording).*");
    private static final Pattern CODE = Pattern.compile("(?is).*(code|コード|値|value|番号|no\\.?)$|^(code|コード|値)$");
    private static final Pattern LABEL = Pattern.compile("(?is).*(label|ラベル|選択肢|カテゴリ|category|answer|回答|option).*");

    /** One question's answers: codes and labels side by side, in questionnaire order. */
    record Entry(String key, String text, List<String> codes, List<String> labels) {
        /** The label of a code, or null when the code is not listed. */
        String labelOf(String code) {
            int i = codes.indexOf(code);
            return i < 0 ? null : labels.get(i);
        }
    }

    private final Map<String, Entry> entries;

    private Codebook(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static boolean isCodebookSheet(String sheetName) {
        return sheetName != null && SHEET_NAME.matcher(sheetName.strip()).matches();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    int size() {
        return entries.size();
    }

    /** The entry for a column's header: by its code, its stem, the whole header or its text. */
    Entry find(HeaderCode header) {
        if (entries.isEmpty()) {
            return null;
        }
        for (String key : new String[] {header.code(), header.header(), header.text(), header.stem()}) {
            if (key != null) {
                Entry e = entries.get(normalize(key));
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The entry for a group stem ({@code Q1} of {@code Q1_1 … Q1_n}). */
    Entry findStem(String stem) {
        return stem == null ? null : entries.get(normalize(stem));
    }

    private static String normalize(String key) {
        return key.strip().replace('\u3000', ' ').toLowerCase(Locale.ROOT);
    }

    /** Reads a codebook from a sheet read as a table (its first row the header). */
    static Codebook from(RawTable table) {
        List<RawColumn> cols = table.columns();
        if (cols.size() < 3) {
            return EMPTY;
        }
        int question = -1;
        int text = -1;
        int code = -1;
        int label = -1;
        for (int i = 0; i < cols.size(); i++) {
            String h = cols.get(i).header();
            if (question < 0 && QUESTION.matcher(h).matches()) {
                question = i;
            } else if (question >= 0 && text < 0 && code < 0 && TEXT.matcher(h).matches()
                    && !CODE.matcher(h).matches() && !LABEL.matcher(h).matches()) {
                text = i;
            } else if (code < 0 && CODE.matcher(h).matches()) {
                code = i;
            } else if (label < 0 && LABEL.matcher(h).matches()) {
                label = i;
            }
        }
        if (question < 0 || code < 0 || label < 0) {
            // by position: question, code, label or question id, question text, code, label
            question = 0;
            text = cols.size() >= 4 ? 1 : -1;
            code = cols.size() >= 4 ? 2 : 1;
            label = cols.size() >= 4 ? 3 : 2;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<String[]>> answers = new LinkedHashMap<>();
        String current = null;
        for (int r = 0; r < table.rows(); r++) {
            String q = cell(cols.get(question), r);
            if (q != null) {
                current = q;
                answers.computeIfAbsent(current, k -> new ArrayList<>());
            }
            if (current == null) {
                continue;
            }
            String t = text >= 0 ? cell(cols.get(text), r) : null;
            if (t != null && !texts.containsKey(current)) {
                texts.put(current, t);
            }
            String c = cell(cols.get(code), r);
            String l = cell(cols.get(label), r);
            if (c != null || l != null) {
                answers.get(current).add(new String[] {c == null ? l : c, l == null ? c : l});
            }
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Map.Entry<String, List<String[]>> e : answers.entrySet()) {
            List<String> codes = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (String[] pair : e.getValue()) {
                if (!labels.contains(pair[1])) {
                    codes.add(pair[0]);
                    labels.add(pair[1]);
                }
            }
            Entry entry = new Entry(e.getKey(), texts.get(e.getKey()), List.copyOf(codes), List.copyOf(labels));
            entries.putIfAbsent(normalize(e.getKey()), entry);
            if (entry.text() != null) {
                entries.putIfAbsent(normalize(entry.text()), entry);
                entries.putIfAbsent(normalize(e.getKey() + " " + entry.text()), entry);
            }
        }
        return new Codebook(entries);
    }

    private static String cell(RawColumn column, int row) {
        int kind = column.kind(row);
        if (kind == RawColumn.TEXT) {
            String s = column.text(row).strip();
            return s.isEmpty() ? null : s;
        }
        if (kind == RawColumn.NUMBER || kind == RawColumn.DATE) {
            return NumberText.format(column.number(row));
        }
        return null;
    }
}

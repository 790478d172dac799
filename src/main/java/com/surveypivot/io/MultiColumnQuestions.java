package com.surveypivot.io;

import com.surveypivot.survey.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questions that span several columns: multi-response sets the user declared, then adjacent columns sharing a
 * code stem or a question header, as tick sets or grids.
 */
final class MultiColumnQuestions {
    private final ReadOptions options;
    private final Codebook codebook;

    MultiColumnQuestions(ReadOptions options, Codebook codebook) {
        this.options = options;
        this.codebook = codebook;
    }

    /** Multi-response sets the user declared, which override recognition. */
    void declaredSets(List<ColumnValues> columns, int rows, Question[] placed, boolean[] used)
            throws SurveyReadException {
        for (Map.Entry<String, List<String>> set : options.multiSets().entrySet()) {
            String name = set.getKey();
            if (set.getValue().isEmpty()) {
                throw new SurveyReadException("io.error.emptySet", name);
            }
            List<Integer> members = new ArrayList<>();
            for (String wanted : set.getValue()) {
                int index = find(columns, wanted);
                if (index < 0) {
                    throw new SurveyReadException("io.error.unknownColumn", name, wanted);
                }
                members.add(index);
            }
            Question q;
            if (members.size() == 1 && options.separator() != null && !options.separator().isEmpty()) {
                q = MultiResponseQuestions.delimited(name, name, columns.get(members.get(0)), options.separator(),
                        rows, null);
            } else {
                List<ColumnValues> cols = members.stream().map(columns::get).toList();
                q = MultiResponseQuestions.tickSet(name, name, cols, rows);
            }
            int first = members.stream().mapToInt(Integer::intValue).min().orElseThrow();
            for (int m : members) {
                used[m] = true;
            }
            placed[first] = q;
        }
    }

    private static int find(List<ColumnValues> columns, String wanted) {
        String w = wanted.strip();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).raw.header().equals(w)) {
                return i;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            HeaderCode h = columns.get(i).header;
            if (w.equals(h.code()) || w.equalsIgnoreCase(columns.get(i).raw.header())) {
                return i;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            HeaderCode h = columns.get(i).header;
            if (w.equals(h.text()) || w.equals(h.option())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Adjacent columns sharing a code stem (or a question header over them) become one question: a
     * multi-response set where their cells are ticks, else a grid where they hold answers of one scale.
     */
    void groups(List<ColumnValues> columns, int rows, Question[] placed, boolean[] used) {
        int i = 0;
        while (i < columns.size()) {
            String key = groupKey(columns.get(i));
            if (key == null || used[i]) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < columns.size() && !used[end] && key.equals(groupKey(columns.get(end)))) {
                end++;
            }
            ColumnValues first = columns.get(i);
            String stem = first.header.stem() != null ? first.header.stem() : HeaderCode.parse(first.raw.group()).id();
            Codebook.Entry entry = codebook.findStem(stem);
            List<Integer> ticks = new ArrayList<>();
            for (int k = i; k < end; k++) {
                if (TickColumns.isTickColumn(columns.get(k))) {
                    ticks.add(k);
                }
            }
            if (ticks.size() >= 2) {
                List<ColumnValues> cols = ticks.stream().map(columns::get).toList();
                placed[ticks.get(0)] = MultiResponseQuestions.tickSet(stem, groupText(cols, stem, entry), cols, rows,
                        entry);
                for (int k : ticks) {
                    used[k] = true;
                }
            } else {
                List<ColumnValues> cols = columns.subList(i, end);
                Optional<Question> grid = GridQuestions.build(stem, groupText(cols, stem, entry), cols, entry);
                if (grid.isPresent()) {
                    placed[i] = grid.get();
                    for (int k = i; k < end; k++) {
                        used[k] = true;
                    }
                }
            }
            i = end;
        }
    }

    private static String groupKey(ColumnValues c) {
        if (c.header.stem() != null) {
            return "stem:" + c.header.stem();
        }
        return c.raw.group() == null ? null : "group:" + c.raw.group();
    }

    private static String groupText(List<ColumnValues> cols, String stem, Codebook.Entry entry) {
        ColumnValues first = cols.get(0);
        if (first.header.stem() == null && first.raw.group() != null) {
            HeaderCode group = HeaderCode.parse(first.raw.group());
            return group.text();
        }
        String text = first.header.stemText();
        for (ColumnValues c : cols) {
            if (!c.header.stemText().equals(text)) {
                return entry != null && entry.text() != null ? entry.text() : stem;
            }
        }
        if (text.equals(first.header.code()) || text.equals(stem)) {
            return entry != null && entry.text() != null ? entry.text() : stem;
        }
        return text;
    }
}

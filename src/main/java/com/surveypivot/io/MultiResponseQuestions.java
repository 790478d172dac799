package com.surveypivot.io;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds multi-response questions: from tick columns (one column per option) or from one column whose cells join
 * the answers with a delimiter.
 */
final class MultiResponseQuestions {
    private MultiResponseQuestions() {
    }

    /** A multi-response question from tick columns; the base is whoever answered any of them. */
    static Question tickSet(String id, String text, List<ColumnValues> cols, int rows) {
        return tickSet(id, text, cols, rows, null);
    }

    static Question tickSet(String id, String text, List<ColumnValues> cols, int rows, Codebook.Entry entry) {
        List<String> options = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        List<RespondentSet> ticks = new ArrayList<>();
        RespondentSet answered = new RespondentSet(rows);
        boolean sameStemText = cols.stream().map(c -> c.header.stemText()).distinct().count() == 1;
        for (ColumnValues c : cols) {
            String option = c.header.option();
            if (option == null && c.raw.group() != null && c.raw.header().startsWith(c.raw.group() + " - ")) {
                option = c.raw.header().substring(c.raw.group().length() + 3).strip();
            }
            if (option == null && entry != null && c.header.stem() != null && c.header.text().equals(c.header.code())) {
                option = entry.labelOf(suffix(c.header));
            }
            if (option == null) {
                String own = TickColumns.optionText(c);
                if (own != null) {
                    option = own;
                } else if (c.header.code() != null && !sameStemText) {
                    option = c.header.text();
                } else {
                    option = c.raw.header();
                }
            }
            while (options.contains(option)) {
                option = option + " (" + c.raw.header() + ")";
            }
            options.add(option);
            headers.add(c.raw.header());
            ticks.add(TickColumns.ticks(c, rows, answered));
        }
        return Question.multi(id, text, options, headers, ticks, answered);
    }

    /** The sub-code of a group member: {@code 3} of {@code Q1_3}, {@code Q7_Part_3} or {@code Q1[3]}. */
    static String suffix(HeaderCode h) {
        String code = h.code();
        String rest = code.length() > h.stem().length() ? code.substring(h.stem().length()) : "";
        if (rest.isEmpty()) {
            int open = h.header().indexOf('[');
            int close = h.header().indexOf(']', open + 1);
            rest = open >= 0 && close > open ? h.header().substring(open + 1, close) : "";
        }
        rest = rest.replaceFirst("^_?(Part_)?", "");
        return rest.replaceFirst("^[A-Za-z]+0*(?=\\d)", "");
    }

    /** A multi-response question held in one column, answers joined by a delimiter. */
    static Question delimited(String id, String text, ColumnValues c, String delimiter, int rows,
            DelimitedSplitter.Split split) {
        return delimited(id, text, c, delimiter, rows, split, null);
    }

    static Question delimited(String id, String text, ColumnValues c, String delimiter, int rows,
            DelimitedSplitter.Split split, Codebook.Entry entry) {
        Map<String, List<String>> partsOf = new HashMap<>();
        List<String> options = new ArrayList<>();
        if (split != null) {
            partsOf.putAll(split.partsOfValue());
            options.addAll(split.options());
        } else {
            for (String label : c.labels) {
                List<String> parts = DelimitedSplitter.tokens(label, delimiter).stream().distinct().toList();
                partsOf.put(label, parts);
                for (String p : parts) {
                    if (!options.contains(p)) {
                        options.add(p);
                    }
                }
            }
        }
        List<String> labels = new ArrayList<>();
        for (String o : options) {
            String label = CodedAnswers.label(entry, o);
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        labels = CodedAnswers.sorted(entry, labels);
        Map<String, Integer> optionIndex = new HashMap<>();
        List<RespondentSet> ticks = new ArrayList<>();
        for (String label : labels) {
            ticks.add(new RespondentSet(rows));
        }
        for (String o : options) {
            optionIndex.put(o, labels.indexOf(CodedAnswers.label(entry, o)));
        }
        RespondentSet answered = new RespondentSet(rows);
        int[][] optionsOfLabel = new int[c.labels.size()][];
        for (int l = 0; l < c.labels.size(); l++) {
            optionsOfLabel[l] = partsOf.getOrDefault(c.labels.get(l), List.of()).stream()
                    .mapToInt(optionIndex::get).toArray();
        }
        for (int r = 0; r < rows; r++) {
            int code = c.numeric ? -1 : c.codes[r];
            if (code >= 0) {
                answered.add(r);
                for (int o : optionsOfLabel[code]) {
                    ticks.get(o).add(r);
                }
            }
        }
        return Question.multi(id, text, labels, List.of(c.raw.header()), ticks, answered);
    }
}

package com.surveypivot.io;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Offers a run of at least three adjacent tick columns (0/1 numbers or option-or-blank) without a shared code as
 * one multi-response set, named after the headers' common prefix or {@code First…Last}. The columns stay
 * questions of their own too, so the user can ignore the set; a declared set takes the columns first.
 */
final class TickRuns {
    static final int MIN_RUN = 3;

    private TickRuns() {
    }

    /** Per column: the set offered before it (at the first column of a run), else null. */
    static Question[] offer(List<ColumnValues> columns, boolean[] used, int rows) {
        Question[] offered = new Question[columns.size()];
        int i = 0;
        while (i < columns.size()) {
            int end = i;
            while (end < columns.size() && !used[end] && columns.get(end).header.code() == null
                    && columns.get(end).answered > 0 && TickColumns.isTickColumn(columns.get(end))) {
                end++;
            }
            if (end - i >= MIN_RUN) {
                List<ColumnValues> run = columns.subList(i, end);
                offered[i] = set(name(run), run, rows);
            }
            i = Math.max(end, i + 1);
        }
        return offered;
    }

    static String name(List<ColumnValues> run) {
        String prefix = run.get(0).raw.header();
        for (ColumnValues c : run) {
            String h = c.raw.header();
            int n = 0;
            while (n < prefix.length() && n < h.length() && prefix.charAt(n) == h.charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        prefix = trimSeparators(prefix).strip();
        if (prefix.length() >= 2) {
            return prefix;
        }
        return run.get(0).raw.header() + "…" + run.get(run.size() - 1).raw.header();
    }

    /** {@code s} without trailing separators (whitespace _ : ： - ・ . （ ( [), scanned from the end (linear). */
    static String trimSeparators(String s) {
        int length = s.length();
        char last = length == 0 ? 0 : s.charAt(length - 1);
        boolean terminator = last == '\u0085' || last == '\u2028' || last == '\u2029';
        // as the pattern's "$", which also matches before a final line terminator
        int end = terminator ? length - 1 : length;
        while (end > 0) {
            char ch = s.charAt(end - 1);
            boolean space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
            if (!space && "_:：-・.（([".indexOf(ch) < 0) {
                break;
            }
            end--;
        }
        return terminator ? s.substring(0, end) + last : s.substring(0, end);
    }

    /** The set: an option per column; the base as for tick columns (answered any of them). */
    private static Question set(String name, List<ColumnValues> run, int rows) {
        List<String> options = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        List<RespondentSet> ticks = new ArrayList<>();
        RespondentSet answered = new RespondentSet(rows);
        for (ColumnValues c : run) {
            String option = c.raw.header();
            while (options.contains(option)) {
                option = option + " (" + (options.size() + 1) + ")";
            }
            options.add(option);
            headers.add(c.raw.header());
            ticks.add(TickColumns.ticks(c, rows, answered));
        }
        return Question.multi(name, name, options, headers, ticks, answered);
    }
}

package com.surveypivot.io;

import com.surveypivot.survey.RespondentSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a column as one option of a multi-response set: 1/blank, 1/0 numbers, Y/blank, or the option's own
 * text/blank. {@link #isTickColumn} says whether a column looks like that; {@link #ticked} whether a row ticked it.
 */
final class TickColumns {
    private static final Set<String> YES = Set.of("1", "y", "yes", "true", "○", "〇", "◯", "✓", "✔", "はい", "x", "checked");
    private static final Set<String> NO = Set.of("0", "n", "no", "false", "いいえ", "unchecked");

    private TickColumns() {
    }

    static boolean isTickColumn(ColumnValues column) {
        if (column.numeric) {
            if (column.dates) {
                return false;
            }
            for (double v : column.numbers) {
                if (!Double.isNaN(v) && v != 0 && v != 1) {
                    return false;
                }
            }
            return true;
        }
        int others = 0;
        for (String label : column.labels) {
            String n = label.strip().toLowerCase(Locale.ROOT);
            if (YES.contains(n) || NO.contains(n)) {
                continue;
            }
            if (CategoryOrder.leadingNumber(n) != null && n.matches("[-+0-9.,\\s]+")) {
                return false;
            }
            others++;
        }
        return others <= 1;
    }

    /** The text a column holds for a tick when it is the option's own text, else null. */
    static String optionText(ColumnValues column) {
        if (column.numeric) {
            return null;
        }
        for (String label : column.labels) {
            String n = label.strip().toLowerCase(Locale.ROOT);
            if (!YES.contains(n) && !NO.contains(n)) {
                return label;
            }
        }
        return null;
    }

    /** True when the row ticked this column (any answer that is not a "no"). */
    static boolean ticked(ColumnValues column, int row) {
        if (column.numeric) {
            double v = column.numbers[row];
            return !Double.isNaN(v) && v != 0;
        }
        int code = column.codes[row];
        return code >= 0 && !NO.contains(column.labels.get(code).strip().toLowerCase(Locale.ROOT));
    }

    /** The rows that ticked {@code column}; every row that answered it is added to {@code answered} (the base). */
    static RespondentSet ticks(ColumnValues column, int rows, RespondentSet answered) {
        RespondentSet set = new RespondentSet(rows);
        for (int r = 0; r < rows; r++) {
            if (column.hasAnswer(r)) {
                answered.add(r);
                if (ticked(column, r)) {
                    set.add(r);
                }
            }
        }
        return set;
    }
}

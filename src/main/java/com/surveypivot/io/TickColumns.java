package com.surveypivot.io;

import com.surveypivot.survey.RespondentSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a column as one option of a multi-response set: 1/blank, 1/0 numbers, Y/blank, or the option's own
 * text/blank. {@link #isTickColumn} says whether a column looks like that; {@link #ticks} which rows ticked it.
 */
final class TickColumns {
    private static final Set<String> YES = Set.of("1", "y", "yes", "true", "○", "〇", "◯", "✓", "✔", "はい", "x", "checked");
    private static final Set<String> NO = Set.of("0", "n", "no", "false", "いいえ", "unchecked");

    private TickColumns() {
    }

    static boolean isTickColumn(ColumnValues column) {
        if (column.numeric) {
            return column.zeroOne;
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

    /** The rows that ticked {@code column} (any answer that is not a "no"); every row that answered it is added to
     * {@code answered} (the base). Each distinct label is judged once, not once per row. */
    static RespondentSet ticks(ColumnValues column, int rows, RespondentSet answered) {
        if (column.numeric) {
            return numericTicks(column.numbers, rows, answered);
        }
        RespondentSet set = new RespondentSet(rows);
        boolean[] tick = new boolean[column.labels.size()];
        for (int l = 0; l < tick.length; l++) {
            tick[l] = !NO.contains(column.labels.get(l).strip().toLowerCase(Locale.ROOT));
        }
        int[] codes = column.codes;
        for (int r = 0; r < rows; r++) {
            int code = codes[r];
            if (code >= 0) {
                answered.add(r);
                if (tick[code]) {
                    set.add(r);
                }
            }
        }
        return set;
    }

    /** The rows holding a number other than 0; rows holding any number are added to {@code answered}. */
    private static RespondentSet numericTicks(double[] numbers, int rows, RespondentSet answered) {
        RespondentSet set = new RespondentSet(rows);
        for (int r = 0; r < rows; r++) {
            double v = numbers[r];
            if (v == v) {
                answered.add(r);
                if (v != 0) {
                    set.add(r);
                }
            }
        }
        return set;
    }
}

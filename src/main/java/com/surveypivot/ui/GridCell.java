package com.surveypivot.ui;

/**
 * One value cell of the grid taken apart: the value (a % or a count, as text), the count shown beside a % when both
 * are asked for, and the marks (residual arrow and column letters). Shown as "45.2 (123) ▲ BC"; copied as a value
 * row, a count row and a marks row, so that a spreadsheet reads the values as numbers.
 *
 * @param value the % or count ("–" where the base is 0)
 * @param count the count beside a % ("" unless count and % are shown together)
 * @param marks "▲ BC"-style marks ("" for none)
 */
public record GridCell(String value, String count, String marks) {

    public GridCell {
        value = value == null ? "" : value;
        count = count == null ? "" : count;
        marks = marks == null ? "" : marks;
    }

    /** A cell with a value only (a base, or a cell shown without statistics). */
    static GridCell plain(String value) {
        return new GridCell(value, "", "");
    }

    /** The text the grid shows. */
    public String shown() {
        StringBuilder out = new StringBuilder(value);
        if (!count.isEmpty()) {
            out.append(" (").append(count).append(')');
        }
        if (!marks.isEmpty()) {
            out.append(' ').append(marks);
        }
        return out.toString();
    }
}

package com.surveypivot.io;

/**
 * Turns one parsed sheet cell (its column, type attribute, style and {@code <v>} or inline text) into a call on the
 * {@link TableBuilder}: numbers and dates as numbers, shared strings by index, the other types as text. Both sheet
 * readers ({@link SheetScanner} over the raw bytes, {@link SheetParser} over StAX) hand their cells here, so the two
 * agree on what a cell means.
 */
final class CellSink {
    private final TableBuilder builder;
    private final int sharedCount;
    private final boolean[] dateStyles;
    private final double dateOffset;

    CellSink(TableBuilder builder, int sharedCount, boolean[] dateStyles, boolean date1904) {
        this.builder = builder;
        this.sharedCount = sharedCount;
        this.dateStyles = dateStyles;
        this.dateOffset = date1904 ? 1462 : 0;
    }

    TableBuilder builder() {
        return builder;
    }

    /** True when cells of style {@code style} hold dates (a date number format). */
    boolean isDateStyle(int style) {
        return style >= 0 && style < dateStyles.length && dateStyles[style];
    }

    /**
     * One cell. {@code value} holds the {@code <v>} text in {@code [0, valueLength)} when {@code hasValue};
     * {@code inline} is the text of an inline string ({@code <is>}), else null.
     */
    void emit(int column, char type, boolean date, boolean hasValue, char[] value, int valueLength,
            CharSequence inline) {
        if (column < 0) {
            return;
        }
        if (type == 'n') {
            if (hasValue) {
                double d = FastNumbers.parseDouble(value, 0, valueLength);
                builder.numberCell(column, date ? d + dateOffset : d, date);
            }
            return;
        }
        if (type == 's') {
            int idx = hasValue ? FastNumbers.parseIndex(value, 0, valueLength) : -1;
            if (idx >= 0 && idx < sharedCount) {
                builder.sharedCell(column, idx);
            }
            return;
        }
        String text = hasValue ? new String(value, 0, valueLength) : null;
        switch (type) {
            case 'i' -> builder.textCell(column, inline != null ? inline.toString() : text);
            case 'f' -> builder.textCell(column, text);
            case 'b' -> {
                if (text != null) {
                    builder.textCell(column, "1".equals(text.strip()) || "true".equalsIgnoreCase(text.strip())
                            ? "TRUE" : "FALSE");
                }
            }
            case 'd' -> builder.numberCell(column, IsoDates.toSerial(text), true);
            default -> {
                // 'e': an error value (#N/A, #DIV/0! …) counts as no answer
            }
        }
    }

    /** A cell's type attribute as one char: n number, s shared string, i inline, f formula text, b, e, d. */
    static char cellType(String t) {
        return switch (t) {
            case "s" -> 's';
            case "str" -> 'f';
            case "inlineStr" -> 'i';
            case "b" -> 'b';
            case "e" -> 'e';
            case "d" -> 'd';
            default -> 'n';
        };
    }

    /** {@link #cellType(String)} of the characters {@code buffer[start, end)}, without a String. */
    static char cellType(char[] buffer, int start, int end) {
        return cellType(java.nio.CharBuffer.wrap(buffer, start, end - start));
    }

    /** {@link #cellType(String)} of a type attribute's text, without a String. */
    static char cellType(CharSequence t) {
        int length = t.length();
        char first = length == 0 ? 0 : t.charAt(0);
        if (length == 1) {
            return first == 's' || first == 'b' || first == 'e' || first == 'd' ? first : 'n';
        } else if (length == 3 && first == 's' && t.charAt(1) == 't' && t.charAt(2) == 'r') {
            return 'f';
        } else if (length == 9 && first == 'i' && "inlineStr".contentEquals(t)) {
            return 'i';
        }
        return 'n';
    }
}

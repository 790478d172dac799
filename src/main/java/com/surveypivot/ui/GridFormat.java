package com.surveypivot.ui;

/**
 * How the grid writes its cells: what a cell holds (the %, the count, or both), the decimals of the % (0–2), the
 * layout (report or transposed banner) and which Total it shows.
 *
 * @param content    what a value cell holds
 * @param decimals   decimals of a % (and of a weighted count), 0–2
 * @param transposed the banner layout (answers down, segments across)
 * @param total      who the Total column counts
 */
public record GridFormat(Content content, int decimals, boolean transposed, TotalBase total) {

    /** What a value cell holds. */
    public enum Content { PERCENT, COUNT, BOTH }

    /** Who the Total counts: the table's respondents (who answered the question and the attribute), or everyone
     * (in the filter) who answered the question. */
    public enum TotalBase { TABLE, ANSWERED }

    public GridFormat {
        if (decimals < 0 || decimals > 2) {
            throw new IllegalArgumentException("decimals 0-2: " + decimals);
        }
        content = content == null ? Content.PERCENT : content;
        total = total == null ? TotalBase.TABLE : total;
    }

    /** The grid as it has always been: % to one decimal, the table's Total. */
    public static GridFormat of(boolean counts, boolean transposed) {
        return new GridFormat(counts ? Content.COUNT : Content.PERCENT, 1, transposed, TotalBase.TABLE);
    }
}

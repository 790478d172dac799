package com.surveypivot.io;

import java.util.List;

/**
 * A sheet as read: its header texts and one {@link RawColumn} per column, for {@code rows} respondents
 * (blank rows already dropped).
 */
record RawTable(String sheet, int headerRow, int rows, List<RawColumn> columns) {
}

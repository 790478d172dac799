package com.surveypivot.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the user tells the reader about a file; every part may be null (recognised automatically).
 *
 * @param sheet     the sheet to read (null: the one that looks like a respondent table)
 * @param headerRow the 1-based header row (null: detected, title rows above it skipped)
 * @param multiSets declared multi-response sets: NAME → column ids or header texts (override recognition)
 * @param separator with a declared set of one column: the delimiter joining its answers in one cell
 * @param missing   extra answers treated as missing (besides blank, 無回答, N/A, #N/A, -)
 */
public record ReadOptions(String sheet, Integer headerRow, Map<String, List<String>> multiSets, String separator,
        List<String> missing) {

    public ReadOptions {
        multiSets = multiSets == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(multiSets));
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, null, Map.of(), null, List.of());
    }

    public ReadOptions withSheet(String newSheet) {
        return new ReadOptions(newSheet, headerRow, multiSets, separator, missing);
    }

    public ReadOptions withHeaderRow(Integer newHeaderRow) {
        return new ReadOptions(sheet, newHeaderRow, multiSets, separator, missing);
    }

    public ReadOptions withMultiSet(String name, List<String> columns) {
        Map<String, List<String>> sets = new LinkedHashMap<>(multiSets);
        sets.put(name, List.copyOf(columns));
        return new ReadOptions(sheet, headerRow, sets, separator, missing);
    }

    public ReadOptions withSeparator(String newSeparator) {
        return new ReadOptions(sheet, headerRow, multiSets, newSeparator, missing);
    }

    public ReadOptions withMissing(List<String> newMissing) {
        return new ReadOptions(sheet, headerRow, multiSets, separator, newMissing);
    }
}

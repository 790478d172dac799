package com.surveypivot.io;

import java.nio.charset.Charset;
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
 * @param encoding  the text encoding of a .csv/.tsv file (null: told from its content: a BOM, valid UTF-8, else
 *                  Windows-31J)
 */
public record ReadOptions(String sheet, Integer headerRow, Map<String, List<String>> multiSets, String separator,
        List<String> missing, Charset encoding) {

    public ReadOptions {
        multiSets = multiSets == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(multiSets));
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    public ReadOptions(String sheet, Integer headerRow, Map<String, List<String>> multiSets, String separator,
            List<String> missing) {
        this(sheet, headerRow, multiSets, separator, missing, null);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, null, Map.of(), null, List.of(), null);
    }

    public ReadOptions withSheet(String newSheet) {
        return new ReadOptions(newSheet, headerRow, multiSets, separator, missing, encoding);
    }

    public ReadOptions withHeaderRow(Integer newHeaderRow) {
        return new ReadOptions(sheet, newHeaderRow, multiSets, separator, missing, encoding);
    }

    public ReadOptions withMultiSet(String name, List<String> columns) {
        Map<String, List<String>> sets = new LinkedHashMap<>(multiSets);
        sets.put(name, List.copyOf(columns));
        return new ReadOptions(sheet, headerRow, sets, separator, missing, encoding);
    }

    public ReadOptions withSeparator(String newSeparator) {
        return new ReadOptions(sheet, headerRow, multiSets, newSeparator, missing, encoding);
    }

    public ReadOptions withMissing(List<String> newMissing) {
        return new ReadOptions(sheet, headerRow, multiSets, separator, newMissing, encoding);
    }

    public ReadOptions withEncoding(Charset newEncoding) {
        return new ReadOptions(sheet, headerRow, multiSets, separator, missing, newEncoding);
    }
}

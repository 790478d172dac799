package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * TEST-ONLY loader for the R reference data in src/test/resources/analysis (copied from /work/shared/data):
 * reads a small .xlsx with POI's usermodel into a header → cell texts table and builds questions the way
 * checks.csv describes them. Independent of the production reader on purpose.
 */
final class ReferenceData {
    private static final Map<String, Map<String, String[]>> TABLES = new HashMap<>();
    private static final DataFormatter FORMAT = new DataFormatter(java.util.Locale.ROOT);

    private ReferenceData() {
    }

    /** Every record of a csv under src/test/resources/analysis, with its header. */
    static List<CSVRecord> csv(String name) {
        try (InputStream in = ReferenceData.class.getResourceAsStream("/analysis/" + name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows of a sheet as column header → cell text (blank = ""). */
    static synchronized Map<String, String[]> table(String file, String sheetName) {
        return TABLES.computeIfAbsent(file + "/" + sheetName, key -> {
            try (InputStream in = ReferenceData.class.getResourceAsStream("/analysis/" + file);
                    XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                return read(workbook.getSheet(sheetName));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Map<String, String[]> read(Sheet sheet) {
        Row header = sheet.getRow(0);
        int rows = sheet.getLastRowNum();
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Cell h : header) {
            String[] values = new String[rows];
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.getRow(r);
                Cell cell = row == null ? null : row.getCell(h.getColumnIndex());
                values[r - 1] = cell == null ? "" : FORMAT.formatCellValue(cell).strip();
            }
            out.put(FORMAT.formatCellValue(h).strip(), values);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Keeps the rows where {@code column} equals {@code value}; no filter when column is blank. */
    static Map<String, String[]> filter(Map<String, String[]> table, String column, String value) {
        if (column == null || column.isBlank()) {
            return table;
        }
        String[] key = table.get(column);
        List<Integer> keep = new ArrayList<>();
        for (int r = 0; r < key.length; r++) {
            if (key[r].equals(value)) {
                keep.add(r);
            }
        }
        Map<String, String[]> out = new LinkedHashMap<>();
        table.forEach((name, values) -> out.put(name,
                keep.stream().map(r -> values[r]).toArray(String[]::new)));
        return out;
    }

    /** A single-choice question: categories in first-appearance order, blank = no answer (-1). */
    static Question single(Map<String, String[]> table, String column) {
        String[] values = table.get(column);
        List<String> categories = new ArrayList<>();
        int[] codes = new int[values.length];
        for (int r = 0; r < values.length; r++) {
            if (values[r].isEmpty()) {
                codes[r] = -1;
                continue;
            }
            int c = categories.indexOf(values[r]);
            if (c < 0) {
                c = categories.size();
                categories.add(values[r]);
            }
            codes[r] = c;
        }
        return Question.categorical(column, column, QuestionType.SINGLE, false, categories, List.of(column), codes);
    }

    /** A multi-response set of 0/1 columns: ticked = 1; base = everyone with a non-blank cell in the set. */
    static Question multi(Map<String, String[]> table, String id, List<String> columns) {
        int n = table.get(columns.get(0)).length;
        RespondentSet answered = new RespondentSet(n);
        List<RespondentSet> ticks = new ArrayList<>();
        for (String column : columns) {
            String[] values = table.get(column);
            RespondentSet ticked = new RespondentSet(n);
            for (int r = 0; r < n; r++) {
                if (!values[r].isEmpty()) {
                    answered.add(r);
                    if (Double.parseDouble(values[r]) == 1) {
                        ticked.add(r);
                    }
                }
            }
            ticks.add(ticked);
        }
        return Question.multi(id, id, columns, columns, ticks, answered);
    }

    /** The question and attribute of one row of checks.csv, filter applied. */
    static Question[] check(CSVRecord check) {
        Map<String, String[]> table = filter(table(check.get("file"), check.get("sheet")),
                check.get("filter_column"), check.get("filter_value"));
        Question question = check.get("kind").equals("multi")
                ? multi(table, check.get("question"), Arrays.asList(check.get("multi_columns").split("\\|")))
                : single(table, check.get("question"));
        return new Question[] {question, single(table, check.get("by"))};
    }
}

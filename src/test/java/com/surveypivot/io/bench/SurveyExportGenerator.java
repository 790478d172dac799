package com.surveypivot.io.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the import benchmark's survey export: one header row, then one row per respondent, 150 columns
 * (see {@link BenchColumns}), streamed with POI's SXSSFWorkbook. Strings go to a shared strings table, as Excel
 * writes them ({@code t="s"} cells), not inline. Blank answers are absent cells, as in Excel's output.
 * The content is fixed by the seed; the file is reused when one with the same respondents, columns, seed and
 * generator version is already there (the name says all four).
 */
public final class SurveyExportGenerator {

    /** Bump when the content changes, so that an old file is not reused. */
    static final int VERSION = 1;
    static final long DEFAULT_SEED = 20240601L;
    static final String SHEET_NAME = "回答データ";

    private final int respondents;
    private final long seed;

    public SurveyExportGenerator(int respondents, long seed) {
        if (respondents < 1) {
            throw new IllegalArgumentException("respondents must be positive: " + respondents);
        }
        this.respondents = respondents;
        this.seed = seed;
    }

    /** Where the file for these settings lives under {@code dir}. */
    public Path fileIn(Path dir) {
        return dir.resolve("survey-export-" + respondents + "x" + BenchColumns.COUNT + "-seed" + seed + "-v" + VERSION
                + ".xlsx");
    }

    /** Returns the file under {@code dir}, writing it first unless it is already there. */
    public Path ensure(Path dir) throws IOException {
        Path file = fileIn(dir);
        if (Files.isRegularFile(file) && Files.size(file) > 0) {
            return file;
        }
        Files.createDirectories(dir);
        Path part = dir.resolve(file.getFileName() + ".part");
        write(part);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** Writes the workbook to {@code file} (overwriting it). */
    public void write(Path file) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, true);
        try {
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy/mm/dd hh:mm:ss"));
            BenchColumns.Styles styles = new BenchColumns.Styles(dateTime);
            List<BenchColumns.Column> columns = BenchColumns.all();
            SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c).header());
            }
            SplittableRandom random = new SplittableRandom(seed);
            BenchColumns.Respondent respondent = new BenchColumns.Respondent();
            for (int r = 0; r < respondents; r++) {
                respondent.next(r, random);
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    BenchColumns.Column column = columns.get(c);
                    Object value = column.value(respondent, random);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof String text) {
                        cell.setCellValue(text);
                    } else {
                        cell.setCellValue(((Number) value).doubleValue());
                        if (column.dateTime()) {
                            cell.setCellStyle(styles.dateTime());
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** {@code SurveyExportGenerator [respondents] [directory]}: writes (or finds) the file and prints its path. */
    public static void main(String[] args) throws IOException {
        int respondents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench");
        long start = System.nanoTime();
        Path file = new SurveyExportGenerator(respondents, DEFAULT_SEED).ensure(dir);
        System.out.printf("%s (%,d bytes, %.1f s)%n", file, Files.size(file), (System.nanoTime() - start) / 1e9);
    }
}

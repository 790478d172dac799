package com.surveypivot.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Test inputs and independent checks for the export tests. */
final class ExportFixtures {
    private static Survey sample;

    private ExportFixtures() {
    }

    static synchronized Survey sample() throws Exception {
        if (sample == null) {
            sample = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        }
        return sample;
    }

    static Question question(Survey survey, String key) {
        return survey.find(key).orElseThrow();
    }

    /** A copy of a test resource in {@code folder}. */
    static Path copy(String resource, Path folder) throws IOException {
        Path file = folder.resolve(resource);
        try (InputStream in = ExportFixtures.class.getResourceAsStream("/export/" + resource)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** R's reference rows of one pair in crosstabs.csv. */
    static List<CSVRecord> reference(String pair) {
        try (InputStream in = ExportFixtures.class.getResourceAsStream("/export/crosstabs.csv");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<CSVRecord> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (r.get("pair_id").equals(pair)) {
                    out.add(r);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Counts of a single-choice question by a single-choice attribute, by a plain loop over the respondents' codes
     * (independent of the engine): [bar][answer], bar 0 the Total, then the attribute's categories in order;
     * respondents who answered both.
     */
    static long[][] loopCounts(Question question, Question by) {
        int answers = question.categoryCount();
        long[][] counts = new long[1 + by.categoryCount()][answers];
        for (int r = 0; r < question.respondentCount(); r++) {
            int a = question.code(r);
            int b = by.code(r);
            if (a >= 0 && b >= 0) {
                counts[0][a]++;
                counts[1 + b][a]++;
            }
        }
        return counts;
    }

    static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }

    /** The first row whose first cell's text is {@code label} (or the label flagged as a small base, "label *"). */
    static int rowOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING
                    && (cell.getStringCellValue().equals(label) || cell.getStringCellValue().equals(label + " *"))) {
                return row.getRowNum();
            }
        }
        return -1;
    }

    /** A numeric cell's value, failing when the cell holds text or a formula. */
    static double number(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        assertEquals(CellType.NUMERIC, cell.getCellType(), "cell " + cell.getAddress() + " is a number");
        return cell.getNumericCellValue();
    }

    /** No cell of the workbook's sheets holds a formula. */
    static void assertNoFormulas(Iterable<Sheet> sheets) {
        for (Sheet sheet : sheets) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        throw new AssertionError("formula in " + sheet.getSheetName() + "!" + cell.getAddress());
                    }
                }
            }
        }
    }
}

package com.surveypivot.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerates the sample survey and checks that every cell equals the committed resource: sheet names, rows,
 * columns, cell types, values, date-time values and their formats (zip timestamps are not compared).
 */
class SampleSurveyRegenerationTest {

    @TempDir
    Path dir;

    @Test
    void regeneratedWorkbookHasTheSameCellsAsTheCommittedOne() throws Exception {
        Path regenerated = dir.resolve("部門間連携に関する調査.xlsx");
        SampleSurveyGenerator.write(regenerated);
        try (InputStream committedIn = getClass().getResourceAsStream(SampleSheet.RESOURCE);
             Workbook committed = WorkbookFactory.create(committedIn);
             Workbook fresh = WorkbookFactory.create(regenerated.toFile(), null, true)) {
            assertEquals(committed.getNumberOfSheets(), fresh.getNumberOfSheets(), "sheet count");
            assertEquals(3, committed.getNumberOfSheets());
            assertEquals("回答データ", committed.getSheetName(0));
            assertEquals("調査概要", committed.getSheetName(1));
            assertEquals("コード表", committed.getSheetName(2));
            for (int s = 0; s < committed.getNumberOfSheets(); s++) {
                assertEquals(committed.getSheetName(s), fresh.getSheetName(s));
                compareSheets(committed.getSheetAt(s), fresh.getSheetAt(s));
            }
        }
    }

    @Test
    void generationIsRepeatableByteForByteWithinOneJvm() throws Exception {
        Path first = dir.resolve("a.xlsx");
        Path second = dir.resolve("b.xlsx");
        SampleSurveyGenerator.main(new String[] {first.toString()});
        SampleSurveyGenerator.write(second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void dataSheetHasTitleHeaderAndThousandRespondentsWithDateTimeCells() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(SampleSheet.RESOURCE);
             Workbook workbook = WorkbookFactory.create(in)) {
            Sheet data = workbook.getSheet("回答データ");
            assertEquals("部門間連携に関する調査 ローデータ", data.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1, data.getRow(0).getPhysicalNumberOfCells());
            assertEquals("回答者ID", data.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Q1_1 担当業務（複数回答）:経営企画・事業戦略", data.getRow(1).getCell(5).getStringCellValue());
            assertEquals("ウェイト", data.getRow(1).getCell(19).getStringCellValue());
            assertEquals(1001, data.getLastRowNum());
            Cell answeredAt = data.getRow(2).getCell(1);
            assertEquals(CellType.NUMERIC, answeredAt.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(answeredAt), "回答日時 has a date-time format");
            assertTrue(answeredAt.getCellStyle().getDataFormatString().contains("hh:mm"));
        }
    }

    private static void compareSheets(Sheet expected, Sheet actual) {
        String sheet = expected.getSheetName();
        assertEquals(expected.getFirstRowNum(), actual.getFirstRowNum(), sheet + " first row");
        assertEquals(expected.getLastRowNum(), actual.getLastRowNum(), sheet + " last row");
        for (int r = expected.getFirstRowNum(); r <= expected.getLastRowNum(); r++) {
            Row e = expected.getRow(r);
            Row a = actual.getRow(r);
            if (e == null) {
                assertEquals(null, a, sheet + " row " + (r + 1));
                continue;
            }
            assertNotNull(a, sheet + " row " + (r + 1));
            int last = Math.max(e.getLastCellNum(), a.getLastCellNum());
            for (int c = 0; c < last; c++) {
                compareCells(sheet + "!R" + (r + 1) + "C" + (c + 1), e.getCell(c), a.getCell(c));
            }
        }
    }

    private static void compareCells(String where, Cell expected, Cell actual) {
        CellType expectedType = expected == null ? CellType.BLANK : expected.getCellType();
        CellType actualType = actual == null ? CellType.BLANK : actual.getCellType();
        assertEquals(expectedType, actualType, where + " type");
        switch (expectedType) {
            case STRING -> assertEquals(expected.getStringCellValue(), actual.getStringCellValue(), where);
            case NUMERIC -> {
                assertEquals(expected.getNumericCellValue(), actual.getNumericCellValue(), 0.0, where);
                boolean date = DateUtil.isCellDateFormatted(expected);
                assertEquals(date, DateUtil.isCellDateFormatted(actual), where + " date format");
                assertEquals(expected.getCellStyle().getDataFormatString(),
                        actual.getCellStyle().getDataFormatString(), where + " number format");
                if (date) {
                    assertEquals(expected.getLocalDateTimeCellValue(), actual.getLocalDateTimeCellValue(), where);
                }
            }
            case BOOLEAN -> assertEquals(expected.getBooleanCellValue(), actual.getBooleanCellValue(), where);
            case FORMULA -> assertEquals(expected.getCellFormula(), actual.getCellFormula(), where);
            default -> { }
        }
    }
}

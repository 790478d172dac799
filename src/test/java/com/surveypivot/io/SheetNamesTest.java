package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SurveyReader.sheetNames lists a workbook's sheets in workbook order, for File > Choose Sheet…. */
class SheetNamesTest {
    @TempDir
    Path folder;

    private Path write(Workbook book, String name) throws Exception {
        book.createSheet("回答");
        book.createSheet("コード表");
        book.createSheet("Sheet3");
        Path file = folder.resolve(name);
        try (book; OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        return file;
    }

    @Test
    void listsXlsxAndXlsSheetsInOrder() throws Exception {
        assertEquals(List.of("回答", "コード表", "Sheet3"), SurveyReader.sheetNames(write(new XSSFWorkbook(), "a.xlsx")));
        assertEquals(List.of("回答", "コード表", "Sheet3"), SurveyReader.sheetNames(write(new HSSFWorkbook(), "b.xls")));
    }

    @Test
    void csvIsOneTableAndOtherFilesAreRefused() throws Exception {
        Path csv = folder.resolve("answers.csv");
        Files.writeString(csv, "a,b\n1,2\n", StandardCharsets.UTF_8);
        assertEquals(List.of("answers"), SurveyReader.sheetNames(csv));
        Path bad = folder.resolve("bad.xlsx");
        Files.writeString(bad, "not a workbook", StandardCharsets.UTF_8);
        SurveyReadException e = assertThrows(SurveyReadException.class, () -> SurveyReader.sheetNames(bad));
        assertEquals("io.error.notSpreadsheet", e.key());
    }
}

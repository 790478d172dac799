package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A macro-enabled workbook (.xlsm: another content type for the workbook part) streams like an .xlsx. */
class XlsmReadTest {

    @Test
    void macroEnabledWorkbookReadsLikeXlsx(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("survey.xlsm");
        try (XSSFWorkbook book = new XSSFWorkbook(XSSFWorkbookType.XLSM); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("data");
            String[] header = {"ID", "性別", "Q1 満足度"};
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            String[] sex = {"男性", "女性", "女性", "男性", "女性", "女性"};
            String[] satisfaction = {"満足", "やや満足", "満足", "不満", "どちらともいえない", "満足"};
            for (int r = 0; r < sex.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue("R" + (r + 1));
                row.createCell(1).setCellValue(sex[r]);
                row.createCell(2).setCellValue(satisfaction[r]);
            }
            book.write(out);
        }
        Survey survey = SurveyReader.read(file);
        assertEquals("data", survey.sheet());
        assertEquals(6, survey.respondents());
        Question sex = survey.find("性別").orElseThrow();
        assertEquals(QuestionType.SINGLE, sex.type());
        // 男性 ×2, 女性 ×4, by hand from the rows above
        assertEquals(2, sex.count(sex.indexOf("男性")));
        assertEquals(4, sex.count(sex.indexOf("女性")));
        Question q1 = survey.find("Q1").orElseThrow();
        assertEquals(3, q1.count(q1.indexOf("満足")));
    }
}

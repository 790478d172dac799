package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A (question, code, label) codebook sheet named "Codes" in a legacy .xls workbook. */
class CodebookTest {
    @TempDir
    Path dir;

    @Test
    void threeColumnCodebookInAnXlsWorkbookLabelsCodesAndOrdersAnswers() throws Exception {
        Path file = dir.resolve("panel.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet codes = wb.createSheet("Codes"); // first: it must not be taken for the data
            String[][] book = {{"Question", "Code", "Label"}, {"AGE", "1", "20代"}, {null, "2", "30代"},
                {null, "3", "40代以上"}, {"Q5", "1", "とても満足"}, {null, "2", "満足"}, {null, "3", "どちらともいえない"},
                {null, "4", "不満"}, {null, "5", "とても不満"}};
            for (int r = 0; r < book.length; r++) {
                Row row = codes.createRow(r);
                for (int c = 0; c < 3; c++) {
                    if (book[r][c] != null) {
                        if (r > 0 && c == 1) {
                            row.createCell(c).setCellValue(Integer.parseInt(book[r][c]));
                        } else {
                            row.createCell(c).setCellValue(book[r][c]);
                        }
                    }
                }
            }
            Sheet data = wb.createSheet("Data");
            Row header = data.createRow(0);
            header.createCell(0).setCellValue("AGE");
            header.createCell(1).setCellValue("Q5 Overall satisfaction");
            for (int i = 0; i < 12; i++) {
                Row row = data.createRow(i + 1);
                row.createCell(0).setCellValue(3 - i % 3); // 3, 2, 1, … : first appearance is the reverse order
                row.createCell(1).setCellValue(5 - i % 5);
            }
            wb.write(out);
        }
        Survey s = SurveyReader.read(file);
        assertEquals("Data", s.sheet());
        assertEquals("panel", s.layout());
        Question age = s.find("AGE").orElseThrow();
        assertEquals(QuestionType.SINGLE, age.type());
        assertEquals(List.of("20代", "30代", "40代以上"), age.categories());
        assertEquals(List.of(4, 4, 4), List.of(age.count(0), age.count(1), age.count(2)));
        Question q5 = s.find("Q5").orElseThrow();
        assertEquals(QuestionType.SCALE, q5.type());
        assertEquals("Overall satisfaction", q5.text());
        assertEquals(List.of("とても満足", "満足", "どちらともいえない", "不満", "とても不満"), q5.categories());
        assertEquals(3, q5.count(4)); // とても不満 = code 5 = 5 - i % 5 where i % 5 == 0: i = 0, 5, 10
        assertEquals(2, q5.count(0)); // とても満足 = code 1 where i % 5 == 4: i = 4, 9
    }
}

package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .csv in UTF-8 (with and without BOM), UTF-16 and Shift_JIS, .tsv, and legacy .xls. */
class CsvAndXlsReadTest {
    @TempDir
    Path dir;

    /** 12 respondents: 性別 (single), 満足度 (scale), Q4 (';' multi), 年齢 (number), a quoted two-line comment. */
    static String csv(String delimiter) {
        String[] sex = {"男性", "女性", "女性"};
        String[] sat = {"満足", "やや満足", "どちらともいえない", "やや不満", "不満", "満足"};
        String[] q4 = {"A;B", "A", "B;C", "C", ""};
        StringBuilder sb = new StringBuilder("顧客調査\n");
        sb.append(String.join(delimiter, "性別", "満足度", "Q4 課題", "年齢", "コメント")).append('\n');
        for (int i = 0; i < 12; i++) {
            sb.append(String.join(delimiter, sex[i % 3], sat[i % 6], q4[i % 5], String.valueOf(20 + i % 3),
                    i == 0 ? "\"1行目\n2行目\"" : "")).append('\n');
        }
        return sb.toString();
    }

    private void assertRecognised(Survey s) {
        assertEquals(2, s.headerRow());
        assertEquals(12, s.respondents());
        Question sex = s.find("性別").orElseThrow();
        assertEquals(List.of("男性", "女性"), sex.categories());
        assertEquals(4, sex.count(0));
        assertEquals(8, sex.count(1));
        Question sat = s.find("満足度").orElseThrow();
        assertEquals(QuestionType.SCALE, sat.type());
        assertEquals(List.of("満足", "やや満足", "どちらともいえない", "やや不満", "不満"), sat.categories());
        assertEquals(4, sat.count(0));
        Question q4 = s.find("Q4").orElseThrow();
        assertEquals(QuestionType.MULTI, q4.type());
        assertEquals(List.of("A", "B", "C"), q4.categories());
        assertEquals(10, q4.answered().count()); // i % 5 == 4 is blank: out of the base
        // i % 5 over i = 0..11: "A;B" ×3, "A" ×3, "B;C" ×2, "C" ×2 → A 6, B 5, C 4
        assertEquals(List.of(6, 5, 4), List.of(q4.count(0), q4.count(1), q4.count(2)));
        Question age = s.find("年齢").orElseThrow();
        assertEquals(QuestionType.NUMBER, age.type());
        assertEquals(List.of("20", "21", "22"), age.categories());
        assertEquals(List.of("1行目\n2行目"), s.find("コメント").orElseThrow().categories()); // quoted two-line cell
    }

    private Path write(String name, Charset charset, byte[] bom, String text) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bom);
            out.write(text.getBytes(charset));
        }
        return file;
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        assertRecognised(SurveyReader.read(write("a.csv", StandardCharsets.UTF_8, new byte[0], csv(","))));
        assertRecognised(SurveyReader.read(write("b.csv", StandardCharsets.UTF_8,
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csv(","))));
    }

    @Test
    void utf16AndShiftJis() throws Exception {
        assertRecognised(SurveyReader.read(write("c.csv", StandardCharsets.UTF_16LE,
                new byte[] {(byte) 0xFF, (byte) 0xFE}, csv(","))));
        assertRecognised(SurveyReader.read(write("d.csv", Charset.forName("windows-31j"), new byte[0], csv(","))));
    }

    @Test
    void tabSeparated() throws Exception {
        assertRecognised(SurveyReader.read(write("e.tsv", StandardCharsets.UTF_8, new byte[0], csv("\t"))));
    }

    @Test
    void legacyXls() throws Exception {
        Path file = dir.resolve("old.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet notes = wb.createSheet("notes");
            notes.createRow(0).createCell(0).setCellValue("about this survey");
            Sheet data = wb.createSheet("data");
            Row header = data.createRow(0);
            header.createCell(0).setCellValue("Sex");
            header.createCell(1).setCellValue("Age");
            for (int i = 0; i < 30; i++) {
                Row row = data.createRow(i + 1);
                row.createCell(0).setCellValue(i % 3 == 0 ? "M" : "F");
                row.createCell(1).setCellValue(20 + i % 4);
            }
            wb.write(out);
        }
        Survey s = SurveyReader.read(file);
        assertEquals("data", s.sheet());
        assertEquals(30, s.respondents());
        assertEquals(List.of("M", "F"), s.find("Sex").orElseThrow().categories());
        assertEquals(10, s.find("Sex").orElseThrow().count(0));
        assertEquals(List.of("20", "21", "22", "23"), s.find("Age").orElseThrow().categories());
    }
}

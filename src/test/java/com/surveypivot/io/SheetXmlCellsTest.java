package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-written sheet XML, as other tools write it: shared strings with rich-text runs and furigana (rPh), inline
 * strings, booleans, cached formula values (numbers and text), error cells, date-styled numbers, sparse rows and
 * cells (the r attribute skips), and cells without r.
 */
class SheetXmlCellsTest {
    @TempDir
    Path dir;

    private static final String SST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"6\" uniqueCount=\"6\">"
            + "<si><t>性別</t></si>"
            + "<si><r><t>満足</t></r><r><rPr><b/></rPr><t>度</t></r><rPh sb=\"0\" eb=\"2\"><t>マンゾク</t></rPh></si>"
            + "<si><t>男性</t><rPh sb=\"0\" eb=\"2\"><t>ダンセイ</t></rPh></si>"
            + "<si><t>女性</t></si>"
            + "<si><t>回答日</t></si>"
            + "<si><t xml:space=\"preserve\"> 無回答 </t></si>"
            + "</sst>";

    private static String row(int r, String cells) {
        return "<row r=\"" + r + "\">" + cells + "</row>";
    }

    private Path workbook() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            CellStyle date = wb.createCellStyle(); // style index 1
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/mm/dd"));
            wb.createSheet("data").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        sheet.append(row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>スコア</t></is></c><c r=\"D1\" t=\"s\"><v>4</v></c>"
                + "<c r=\"E1\" t=\"inlineStr\"><is><r><t>同意</t></r></is></c>"));
        for (int i = 0; i < 12; i++) {
            String sex = i % 3 == 0 ? "<c r=\"A%d\" t=\"s\"><v>2</v></c>" : i % 3 == 1 ? "<c r=\"A%d\" t=\"s\"><v>3</v></c>"
                    : "<c r=\"A%d\" t=\"s\"><v>5</v></c>"; // " 無回答 " is no answer
            String satisfied = i % 2 == 0 ? "<c r=\"B%d\" t=\"inlineStr\"><is><t>満足</t></is></c>"
                    : "<c r=\"B%d\" t=\"str\"><f>\"不満\"</f><v>不満</v></c>";
            String score = i == 5 ? "<c r=\"C%d\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                    : "<c r=\"C%d\"><f>A1*2</f><v>" + (i % 4) + "</v></c>";
            String day = "<c r=\"D%d\" s=\"1\"><v>" + (45413 + i % 3) + "</v></c>"; // 2024-05-01 …03
            String agree = "<c t=\"b\"><v>" + (i % 2) + "</v></c>"; // no r: the next column (E)
            int r = i < 6 ? i + 2 : i + 4; // rows 8 and 9 are missing (sparse)
            sheet.append(row(r, String.format(sex + satisfied + score + day, r, r, r, r) + agree));
        }
        sheet.append("</sheetData></worksheet>");
        Path file = dir.resolve("cells.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            Map<String, String> replace = Map.of("xl/worksheets/sheet1.xml", sheet.toString(),
                    "xl/sharedStrings.xml", SST);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (replace.containsKey(e.getName())) {
                    bytes = replace.get(e.getName()).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void everyKindOfCell() throws Exception {
        Survey s = SurveyReader.read(workbook());
        assertEquals(12, s.respondents());
        assertEquals(1, s.headerRow());
        Question sex = s.find("性別").orElseThrow();
        assertEquals(List.of("男性", "女性"), sex.categories()); // furigana left out
        assertEquals(8, sex.answered().count());
        Question satisfaction = s.find("満足度").orElseThrow(); // rich-text runs joined, furigana left out
        assertEquals(List.of("満足", "不満"), satisfaction.categories());
        assertEquals(6, satisfaction.count(1)); // cached text of a formula
        Question score = s.find("スコア").orElseThrow();
        assertEquals(QuestionType.NUMBER, score.type());
        assertEquals(List.of("0", "1", "2", "3"), score.categories());
        assertEquals(11, score.answered().count()); // the #DIV/0! error cell is no answer
        Question day = s.find("回答日").orElseThrow();
        assertEquals(QuestionType.DATE, day.type());
        assertEquals(List.of("2024-05-01", "2024-05-02", "2024-05-03"), day.categories());
        Question agree = s.find("同意").orElseThrow();
        assertEquals(List.of("FALSE", "TRUE"), agree.categories());
        assertNull(agree.texts());
    }
}

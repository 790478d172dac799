package com.surveypivot.io;

import static com.surveypivot.io.Refusal.refused;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, bad input: each file below is refused with one clear line in English and Japanese, and the read leaves
 * no thread, no open descriptor, no temp file and no lock behind, and the file unchanged (see {@link LeftBehind}).
 */
class BadInputTest {
    private static final String CORRUPT = "io.error.corrupt";
    private static final String NOT_SPREADSHEET = "io.error.notSpreadsheet";

    @TempDir
    Path dir;

    private Path valid(String name) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Sex", "Age", "Comment"});
        for (int i = 0; i < 200; i++) {
            rows.add(new Object[] {i % 2 == 0 ? "F" : "M", 20 + i % 50, "comment number " + i});
        }
        return Fixtures.sheet(dir.resolve(name), "data", rows);
    }

    @Test
    void truncatedZip() throws Exception {
        byte[] whole = Files.readAllBytes(valid("whole.xlsx"));
        for (int length : new int[] {whole.length / 2, 500, 40}) {
            Path file = Files.write(dir.resolve("truncated" + length + ".xlsx"), Arrays.copyOf(whole, length));
            refused(file, CORRUPT, NOT_SPREADSHEET);
        }
        // cut inside the zip directory at the end (issue 11): every entry is whole, so all the data is read
        Path directoryCut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length - 30));
        LeftBehind before = LeftBehind.before(directoryCut);
        var survey = SurveyReader.read(directoryCut);
        assertTrue(survey.respondents() == 200, "respondents: " + survey.respondents());
        before.assertNothingLeft();
    }

    @Test
    void corruptZip() throws Exception {
        byte[] bytes = Files.readAllBytes(valid("whole.xlsx"));
        // garbage over the middle of the archive: the compressed entries and their checksums no longer agree
        Random random = new Random(4);
        for (int i = bytes.length / 4; i < bytes.length * 3 / 4; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        refused(Files.write(dir.resolve("corrupt.xlsx"), bytes), CORRUPT, NOT_SPREADSHEET);
    }

    @Test
    void pngNamedXlsx() throws Exception {
        Path file = dir.resolve("picture.xlsx");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        SurveyReadException e = refused(file, NOT_SPREADSHEET);
        assertTrue(e.getMessage().contains("picture.xlsx"), e.getMessage());
    }

    @Test
    void binaryFileNamedCsv() throws Exception {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("export.csv"), bytes);
        SurveyReadException e = refused(file, NOT_SPREADSHEET);
        assertTrue(e.getMessage().contains("export.csv"), e.getMessage());
        // a PNG named .csv too
        Path png = dir.resolve("chart.csv");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        refused(png, NOT_SPREADSHEET);
    }

    @Test
    void textFileNamedXls() throws Exception {
        Path file = Files.writeString(dir.resolve("survey.xls"), "Sex,Age\nF,30\nM,40\n", StandardCharsets.UTF_8);
        refused(file, NOT_SPREADSHEET);
    }

    @Test
    void textFileNamedXlsx() throws Exception {
        refused(Files.writeString(dir.resolve("notes.xlsx"), "this is not a workbook\n"), NOT_SPREADSHEET);
    }

    @Test
    void emptyFile() throws Exception {
        refused(Files.write(dir.resolve("empty.xlsx"), new byte[0]), "io.error.emptyFile");
        refused(Files.write(dir.resolve("empty.csv"), new byte[0]), "io.error.emptyFile");
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        Path file = Fixtures.encryptedWorkbook(dir.resolve("secret.xlsx"));
        SurveyReadException e = refused(file, "io.error.encrypted");
        assertTrue(e.getMessage().contains("encrypted: remove the password in Excel first"), e.getMessage());
        assertTrue(e.message(java.util.Locale.JAPANESE).contains("パスワード"), e.message(java.util.Locale.JAPANESE));
    }

    @Test
    void emptySheet() throws Exception {
        refused(Fixtures.sheet(dir.resolve("empty.xlsx"), "data", List.of()), "io.error.emptySheet");
        refused(Files.writeString(dir.resolve("blank.csv"), "\n\n \n"), "io.error.emptySheet");
    }

    @Test
    void headersWithoutData() throws Exception {
        List<Object[]> headerOnly = new ArrayList<>();
        headerOnly.add(new Object[] {"Sex", "Age", "Height"});
        SurveyReadException e = refused(Fixtures.sheet(dir.resolve("header.xlsx"), "data", headerOnly),
                "io.error.noData");
        assertTrue(e.getMessage().contains("data"), e.getMessage());
        refused(Files.writeString(dir.resolve("header.csv"), "Sex,Age,Height\n"), "io.error.noData");
    }

    @Test
    void truncatedXls() throws Exception {
        Path whole = dir.resolve("whole.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                OutputStream out = Files.newOutputStream(whole)) {
            var sheet = wb.createSheet("data");
            for (int r = 0; r < 300; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(r == 0 ? "Sex" : r % 2 == 0 ? "F" : "M");
                row.createCell(1).setCellValue(r == 0 ? "Comment" : "comment number " + r);
            }
            wb.write(out);
        }
        byte[] bytes = Files.readAllBytes(whole);
        refused(Files.write(dir.resolve("truncated.xls"), Arrays.copyOf(bytes, bytes.length / 2)), CORRUPT,
                NOT_SPREADSHEET);
        refused(Files.write(dir.resolve("head.xls"), Arrays.copyOf(bytes, 600)), CORRUPT, NOT_SPREADSHEET);
    }

    @Test
    void csvWiderThanExcel() throws Exception {
        StringBuilder csv = new StringBuilder();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c <= SheetLimits.MAX_COLUMNS; c++) {
                csv.append(c == 0 ? "" : ",").append(r == 0 ? "Q" + c : "1");
            }
            csv.append('\n');
        }
        refused(Files.writeString(dir.resolve("wide.csv"), csv), "io.error.tooLarge");
    }

    @Test
    void validFileLeavesNothingBehind() throws Exception {
        Path file = valid("fine.xlsx");
        LeftBehind before = LeftBehind.before(file);
        assertTrue(SurveyReader.read(file).respondents() == 200);
        before.assertNothingLeft();
    }
}

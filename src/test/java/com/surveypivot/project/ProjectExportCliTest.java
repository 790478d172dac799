package com.surveypivot.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export PROJECT.surveypivot --xlsx --pptx [--data OTHER]}: every saved entry (tables as sheets and native
 * chart slides, the map as a picture slide), formula-like names and notes kept as text, the weighted numbers of a
 * saved table checked against a plain loop, mismatches on stderr with exit 0, one-line errors, files never written.
 */
class ProjectExportCliTest {
    @TempDir
    Path folder;

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path project(Path data) throws Exception {
        Path file = folder.resolve("work.surveypivot");
        ProjectStore.write(ProjectFixtures.project(data, SourceHash.of(data)), file, data);
        return file;
    }

    @Test
    void everySavedEntryIsExportedAndFormulaLikeTextStaysText() throws Exception {
        Path data = ProjectFixtures.writeSurvey(folder, "wave1.csv", false);
        byte[] dataBytes = Files.readAllBytes(data);
        Path project = project(data);
        byte[] projectBytes = Files.readAllBytes(project);
        Path xlsx = folder.resolve("book.xlsx");
        Path pptx = folder.resolve("deck.pptx");
        Run run = cli("export", project.toString(), "--xlsx", xlsx.toString(), "--pptx", pptx.toString(), "--lang",
                "en");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err(), "nothing mismatched on the project's own data");
        assertEquals(2, run.out().lines().count(), run.out());

        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.toFile())) {
            assertEquals(3, book.getNumberOfSheets(), "the index and the two saved tables (the map is no table)");
            List<String> texts = new ArrayList<>();
            List<Double> numbers = new ArrayList<>();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertFalse(cell.getCellFormula().contains("cmd") || cell.getCellFormula()
                                    .contains("http://x"), "no formula from the project's text: "
                                    + cell.getCellFormula());
                        } else if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        } else if (cell.getCellType() == CellType.NUMERIC && sheet == book.getSheetAt(2)) {
                            numbers.add(cell.getNumericCellValue());
                        }
                    }
                }
            }
            for (String text : texts) {
                assertFalse(!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0, "formula-like text: " + text);
            }
            double freq = weightedShare(data, "Freq");
            assertTrue(numbers.stream().anyMatch(n -> Math.abs(n - freq) < 1e-9 || Math.abs(n - 100 * freq) < 1e-7),
                    "the weighted % of Freq in the Total (" + freq + ") is in the sheet: " + numbers);
        }
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(pptx))) {
            assertEquals(3, deck.getSlides().size());
            List<String> texts = new ArrayList<>();
            for (XSLFSlide slide : deck.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape text) {
                        texts.add(text.getText());
                    }
                }
                if (slide.getNotes() != null) { // more than five notes: all of them are the speaker notes
                    for (XSLFShape shape : slide.getNotes().getShapes()) {
                        if (shape instanceof XSLFTextShape text) {
                            texts.add(text.getText());
                        }
                    }
                }
            }
            assertTrue(texts.stream().anyMatch(t -> t.contains("'+cmd|' /C calc'!A0")), texts.toString());
            assertFalse(texts.stream().anyMatch(t -> t.startsWith("+cmd") || t.startsWith("@map")
                    || t.startsWith("-note")), texts.toString());
            assertTrue(deck.getSlides().get(2).getShapes().stream().anyMatch(XSLFPictureShape.class::isInstance),
                    "the map is a picture slide, last as in the outline");
            assertTrue(texts.contains("'@map"), "the map slide's title is the entry's name, as text: " + texts);
        }
        assertArrayEquals(dataBytes, Files.readAllBytes(data), "the survey file is never written");
        assertArrayEquals(projectBytes, Files.readAllBytes(project), "the project file is never written");
    }

    /** The weighted share of an Exer answer among all respondents, by a plain loop over the CSV and the weights. */
    private static double weightedShare(Path data, String answer) throws Exception {
        List<String> lines = Files.readAllLines(data);
        double[] weights = ((com.surveypivot.survey.edit.AddWeightColumn) ProjectFixtures.edits().get(4)).weights();
        double all = 0;
        double hit = 0;
        for (int r = 0; r < lines.size() - 1; r++) {
            String[] cells = lines.get(r + 1).split(",");
            double w = Double.isNaN(weights[r]) ? 0 : weights[r];
            all += w;
            hit += cells[2].equals(answer) ? w : 0;
        }
        return hit / all;
    }

    @Test
    void appliedToTheNextWaveTheMismatchesGoToStderrAndTheRestIsExported() throws Exception {
        Path data = ProjectFixtures.writeSurvey(folder, "wave1.csv", false);
        Path next = ProjectFixtures.writeSurvey(folder, "wave2.csv", true);
        byte[] nextBytes = Files.readAllBytes(next);
        Path project = project(data);
        Path pptx = folder.resolve("deck2.pptx");
        Run run = cli("export", project.toString(), "--data", next.toString(), "--pptx", pptx.toString(), "--lang",
                "en");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("Edit skipped (it no longer fits the data): answers of Exer",
                "Question not in the data: Exer", "Answer not in question Smoke: Heavy",
                "Saved entry left out (its question is missing): Exer by sex",
                "Saved entry left out (its question is missing): @map"), run.err().lines().toList());
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(pptx))) {
            assertEquals(1, deck.getSlides().size());
        }
        assertArrayEquals(nextBytes, Files.readAllBytes(next));
    }

    @Test
    void aChangedSourceIsOneLineOnStderr() throws Exception {
        Path data = ProjectFixtures.writeSurvey(folder, "wave1.csv", false);
        Path project = project(data);
        Files.writeString(data, Files.readString(data).replace("Male,Never", "Male,Occas"));
        Run run = cli("export", project.toString(), "--pptx", folder.resolve("d.pptx").toString(), "--lang", "en");
        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("changed"), run.err());
    }

    @Test
    void errorsAreOneLineWithANonZeroExit() throws Exception {
        Path data = ProjectFixtures.writeSurvey(folder, "wave1.csv", false);
        Path project = project(data);
        Path elsewhere = Files.createDirectories(folder.resolve("moved"));
        Files.move(data, elsewhere.resolve("renamed.csv"));
        Run missing = cli("export", project.toString(), "--xlsx", folder.resolve("b.xlsx").toString());
        assertOneLine(missing, "wave1.csv");
        Path bad = folder.resolve("bad.surveypivot");
        Files.writeString(bad, "not json at all");
        assertOneLine(cli("export", bad.toString(), "--xlsx", folder.resolve("b.xlsx").toString()), "bad.surveypivot");
        assertOneLine(cli("export", project.toString(), "--png", folder.resolve("x.png").toString()), "--png");
        assertOneLine(cli("export", project.toString(), "--xlsx", project.toString()), "work.surveypivot");
        assertFalse(Files.exists(folder.resolve("b.xlsx")));
    }

    private static void assertOneLine(Run run, String mentions) {
        assertTrue(run.code() != 0, run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(mentions), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}

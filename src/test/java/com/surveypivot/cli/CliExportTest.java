package com.surveypivot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export}: several outputs in one call, the whole-survey books, one-line errors, the survey file never
 * written; answers that look like formulas stay text in csv, xlsx (cells and chart) and pptx (text, chart and its
 * workbook), and in {@code crosstab --format csv}.
 */
class CliExportTest {
    private static final List<String> RISKY = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1 call us", "-2 minus",
            "@SUM(A1)", "\tTabbed", "Fine");

    @TempDir
    Path folder;

    @Test
    void oneTableToEveryFormatInOneCall() throws Exception {
        Path source = mass();
        String before = sha256(source);
        CliTest.Run run = CliTest.run("export", source.toString(), "--question", "Smoke", "--by", "Exer", "--stats",
                "--csv", folder.resolve("t.csv").toString(), "--xlsx", folder.resolve("t.xlsx").toString(),
                "--pptx", folder.resolve("t.pptx").toString(), "--png", folder.resolve("t.png").toString(),
                "--svg", folder.resolve("t.svg").toString(), "--scale", "1", "--lang", "en");
        assertEquals(0, run.code(), run.err());
        assertEquals(5, run.out().lines().count(), run.out());
        // the SVG parses and holds the chart's labels as text: the Total, an answer and a segment of R's table
        org.w3c.dom.Document svg = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(folder.resolve("t.svg").toFile());
        String svgText = svg.getDocumentElement().getTextContent();
        for (String label : List.of("Total", "Heavy", "Freq")) {
            assertTrue(svgText.contains(label), "SVG text holds " + label);
        }
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(folder.resolve("t.png").toFile());
        assertTrue(png.getWidth() > 200 && png.getHeight() > 100, "a chart image");
        byte[] csv = Files.readAllBytes(folder.resolve("t.csv"));
        assertEquals((byte) 0xEF, csv[0], "UTF-8 byte-order mark");
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("Heavy,11,"), "Heavy: 11 in the Total (R)");
        try (XSSFWorkbook book = new XSSFWorkbook(folder.resolve("t.xlsx").toFile())) {
            assertEquals(2, book.getNumberOfSheets());
        }
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(folder.resolve("t.pptx")))) {
            assertEquals(1, deck.getSlides().size());
        }
        assertEquals(before, sha256(source), "the survey file is unchanged");
    }

    @Test
    void wholeSurveyGtAndBannerBooks() throws Exception {
        Path source = mass();
        String before = sha256(source);
        CliTest.Run gt = CliTest.run("export", source.toString(), "--all", "--xlsx",
                folder.resolve("gt.xlsx").toString(), "--pptx", folder.resolve("gt.pptx").toString());
        assertEquals(0, gt.code(), gt.err());
        CliTest.Run banner = CliTest.run("export", source.toString(), "--all", "--by", "Sex", "--by", "Smoke",
                "--stats", "--xlsx", folder.resolve("banner.xlsx").toString());
        assertEquals(0, banner.code(), banner.err());
        try (XSSFWorkbook book = new XSSFWorkbook(folder.resolve("gt.xlsx").toFile());
                XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(folder.resolve("gt.pptx")));
                XSSFWorkbook banners = new XSSFWorkbook(folder.resolve("banner.xlsx").toFile())) {
            // mass_survey: 12 questions; every one tabulated in the GT book, all but Sex and Smoke in the banner book
            assertEquals(1 + 12, book.getNumberOfSheets());
            assertEquals(12, deck.getSlides().size());
            assertEquals(1 + 10, banners.getNumberOfSheets());
            List<String> names = new ArrayList<>();
            banners.forEach(s -> names.add(s.getSheetName()));
            assertFalse(names.stream().anyMatch(n -> n.endsWith(" Sex") || n.endsWith(" Smoke")), names.toString());
            Sheet exer = banners.getSheet(names.stream().filter(n -> n.endsWith(" Exer")).findFirst().orElseThrow());
            List<String> firstColumn = new ArrayList<>();
            exer.forEach(r -> firstColumn.add(r.getCell(0) == null ? "" : r.getCell(0).toString()));
            assertTrue(firstColumn.contains("Sex") && firstColumn.contains("Smoke"), "both groups: " + firstColumn);
        }
        assertEquals(before, sha256(source), "the survey file is unchanged");
    }

    @Test
    void errorsAreOneLineWithNonZeroExit() throws Exception {
        Path source = mass();
        String before = sha256(source);
        CliTest.Run noOutput = CliTest.run("export", source.toString(), "--question", "Smoke", "--by", "Exer");
        assertEquals(Cli.USAGE_ERROR, noOutput.code());
        CliTest.assertOneLineError(noOutput);
        CliTest.Run noQuestion = CliTest.run("export", source.toString(), "--by", "Exer", "--xlsx", "x.xlsx");
        assertEquals(Cli.USAGE_ERROR, noQuestion.code());
        assertTrue(noQuestion.err().contains("--question"), noQuestion.err());
        CliTest.Run overInput = CliTest.run("export", source.toString(), "--question", "Smoke", "--by", "Exer",
                "--xlsx", source.toString());
        assertEquals(Cli.INPUT_ERROR, overInput.code());
        CliTest.assertOneLineError(overInput);
        CliTest.Run netWithAll = CliTest.run("export", source.toString(), "--all", "--net", "A=Heavy|Regul",
                "--xlsx", folder.resolve("n.xlsx").toString());
        assertEquals(Cli.USAGE_ERROR, netWithAll.code());
        CliTest.assertOneLineError(netWithAll);
        assertEquals(before, sha256(source), "the survey file is unchanged");
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "nothing but the survey in the folder: " + folder);
        }
    }

    @Test
    void formulaLikeAnswersStayText() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (int r = 0; r < 120; r++) {
            rows.add(new Object[] {RISKY.get(r % RISKY.size()), r % 3 == 0 ? "=cmd|' /C calc'!A0" : "Plain"});
        }
        Path source = Workbooks.write("risky", List.of("Answer", "Group"), rows);
        String before = sha256(source);
        Path csv = folder.resolve("r.csv");
        Path xlsx = folder.resolve("r.xlsx");
        Path pptx = folder.resolve("r.pptx");
        CliTest.Run run = CliTest.run("export", source.toString(), "--question", "Answer", "--by", "Group",
                "--csv", csv.toString(), "--xlsx", xlsx.toString(), "--pptx", pptx.toString());
        assertEquals(0, run.code(), run.err());

        List<String> texts = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            for (CSVRecord record : parser) {
                record.forEach(texts::add);
            }
        }
        assertSafe(texts, "csv");
        texts.clear();
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertFalse(cell.getCellType() == CellType.FORMULA, "formula at " + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
                if (sheet instanceof XSSFSheet s && s.getDrawingPatriarch() != null) {
                    for (XSSFChart chart : s.getDrawingPatriarch().getCharts()) {
                        texts.addAll(chartTexts(chart.getCTChart().xmlText()));
                    }
                }
            }
        }
        assertSafe(texts, "xlsx");
        texts.clear();
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(pptx))) {
            for (XSLFSlide slide : deck.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape text) {
                        texts.addAll(Arrays.asList(text.getText().split("\n")));
                    }
                }
                for (POIXMLDocumentPart part : slide.getRelations()) {
                    if (part instanceof XSLFChart chart) {
                        texts.addAll(chartTexts(chart.getCTChart().xmlText()));
                        for (Row row : chart.getWorkbook().getSheetAt(0)) {
                            for (Cell cell : row) {
                                assertFalse(cell.getCellType() == CellType.FORMULA);
                                if (cell.getCellType() == CellType.STRING) {
                                    texts.add(cell.getStringCellValue());
                                }
                            }
                        }
                    }
                }
            }
        }
        assertSafe(texts, "pptx");

        CliTest.Run crosstab = CliTest.run("crosstab", source.toString(), "--question", "Answer", "--by", "Group");
        assertEquals(0, crosstab.code(), crosstab.err());
        texts.clear();
        try (var parser = CSVFormat.DEFAULT.parse(new java.io.StringReader(crosstab.out().substring(1)))) {
            for (CSVRecord record : parser) {
                record.forEach(texts::add);
            }
        }
        assertSafe(texts, "crosstab --format csv");
        assertEquals(before, sha256(source), "the survey file is unchanged");
    }

    /** Every text is safe, and the risky answers are there with their apostrophe. */
    private static void assertSafe(List<String> texts, String where) {
        for (String text : texts) {
            assertFalse(!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0, where + ": " + text);
        }
        // the reader strips the tab of "\tTabbed" (SafeTextTest covers tab and carriage return)
        for (String answer : RISKY.subList(0, 4)) {
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("'" + answer.substring(0, 3))),
                    where + " keeps " + answer + ": " + texts);
        }
    }

    /** The cached texts (series names, categories) of a chart's XML. */
    private static List<String> chartTexts(String xml) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<c:v>([^<]*)</c:v>").matcher(xml);
        while (m.find()) {
            String v = m.group(1).replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<");
            if (!v.matches("-?[0-9.E-]+")) {
                out.add(v);
            }
        }
        return out;
    }

    private Path mass() throws Exception {
        Path file = folder.resolve("mass_survey.xlsx");
        try (InputStream in = CliExportTest.class.getResourceAsStream("/cli/mass_survey.xlsx")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}

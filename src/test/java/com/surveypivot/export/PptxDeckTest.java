package com.surveypivot.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.CellOptions;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.chart.ChartPalette;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.awt.Dimension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STOrientation;

/**
 * The deck read back with POI: one 16:9 slide per table, the question as title, a native chart (not a picture) in
 * the band chart's order and colours with "(n=…)" in the category labels, its numbers those of a plain loop (and of
 * R for mass_survey) in the chart and in its embedded workbook, the notes beside it or in the speaker notes.
 */
class PptxDeckTest {
    @TempDir
    Path folder;

    @Test
    void sampleSlideHoldsANativeChartWithTheLoopsNumbers() throws Exception {
        Survey survey = ExportFixtures.sample();
        Question q3 = ExportFixtures.question(survey, "Q3");
        Question size = ExportFixtures.question(survey, "従業員規模");
        TableSpec spec = TableSpec.of(q3, size).withOptions(CellOptions.defaults());
        Crosstab table = CrosstabEngine.compute(spec);
        ExportTable export = ExportTable.of(spec, table, null, Locale.JAPANESE);
        Path file = folder.resolve("deck.pptx");
        PptxDeck.write(List.of(export, export), file, null, Locale.JAPANESE, PptxDeck.NotesPlacement.SLIDE,
                ExportProgress.NONE);

        long[][] counts = ExportFixtures.loopCounts(q3, size);
        try (XMLSlideShow deck = new XMLSlideShow(java.nio.file.Files.newInputStream(file))) {
            assertEquals(new Dimension(960, 540), deck.getPageSize(), "16:9");
            assertEquals(2, deck.getSlides().size());
            XSLFSlide slide = deck.getSlides().get(0);
            List<String> texts = texts(slide);
            assertEquals("Q3 部門間連携の悩みの度合い", texts.get(0));
            assertTrue(texts.stream().anyMatch(t -> t.contains("n=" + String.format("%,d", ExportFixtures.sum(
                    counts[0])))), "base note: " + texts);
            List<String> notes = export.notes(Locale.JAPANESE);
            assertFalse(notes.isEmpty());
            assertTrue(texts.stream().anyMatch(t -> t.contains(notes.get(0))), "notes beside the chart");

            XSLFChart chart = chart(slide);
            XDDFBarChartData bars = (XDDFBarChartData) chart.getChartSeries().get(0);
            assertEquals(BarDirection.BAR, bars.getBarDirection());
            assertEquals(BarGrouping.PERCENT_STACKED, bars.getBarGrouping());
            assertEquals(STOrientation.MAX_MIN,
                    chart.getCTChart().getPlotArea().getCatAxArray(0).getScaling().getOrientation().getVal());
            List<String> answers = table.rows().stream().filter(r -> !r.net()).map(r -> r.label()).toList();
            assertEquals(q3.categories(), answers, "answers in their natural order");
            List<String> colours = ChartPalette.forAnswers(answers, true, true);
            XSSFSheet embedded = chart.getWorkbook().getSheetAt(0);
            for (int a = 0; a < answers.size(); a++) {
                XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.getSeries(a);
                assertEquals(answers.get(a),
                        series.getCTBarSer().getTx().getStrRef().getStrCache().getPtArray(0).getV());
                assertEquals(colours.get(a).substring(1), HexFormat.of().withUpperCase().formatHex(
                        series.getCTBarSer().getSpPr().getSolidFill().getSrgbClr().getVal()));
                for (int bar = 0; bar < counts.length; bar++) {
                    long base = ExportFixtures.sum(counts[bar]);
                    String label = (bar == 0 ? "全体" : size.categories().get(bar - 1)) + " (n="
                            + String.format(Locale.JAPANESE, "%,d", base) + ")";
                    assertEquals(label, series.getCategoryData().getPointAt(bar));
                    assertEquals(label, embedded.getRow(1 + bar).getCell(0).getStringCellValue());
                    double expected = (double) counts[bar][a] / base;
                    assertEquals(expected, series.getValuesData().getPointAt(bar).doubleValue(), 1e-12);
                    assertEquals(expected, embedded.getRow(1 + bar).getCell(1 + a).getNumericCellValue(), 1e-12);
                }
            }
        }
    }

    @Test
    void massSurveyChartMatchesRWithNotesInTheSpeakerNotes() throws Exception {
        Path source = ExportFixtures.copy("mass_survey.xlsx", folder);
        String before = ExportFixtures.sha256(source);
        Survey survey = SurveyReader.read(source, ReadOptions.defaults(), ReadProgress.NONE);
        TableSpec spec = TableSpec.of(ExportFixtures.question(survey, "W.Hnd"), ExportFixtures.question(survey,
                "Sex"));
        ExportTable export = ExportTable.of(spec, CrosstabEngine.compute(spec), null, Locale.ENGLISH);
        Path file = folder.resolve("hand.pptx");
        PptxDeck.write(List.of(export), file, source, Locale.ENGLISH, PptxDeck.NotesPlacement.SPEAKER_NOTES,
                ExportProgress.NONE);

        try (XMLSlideShow deck = new XMLSlideShow(java.nio.file.Files.newInputStream(file))) {
            XSLFSlide slide = deck.getSlides().get(0);
            XDDFBarChartData bars = (XDDFBarChartData) chart(slide).getChartSeries().get(0);
            List<String> categories = new ArrayList<>();
            for (int k = 0; k < bars.getSeries(0).getCategoryData().getPointCount(); k++) {
                categories.add(((String) bars.getSeries(0).getCategoryData().getPointAt(k)).replaceAll(" \\(n=.*", ""));
            }
            assertEquals(List.of("Total", "Female", "Male"), categories, "Total on top, then the segments");
            for (CSVRecord r : ExportFixtures.reference("svy_02")) {
                int k = categories.indexOf(r.get("col_kind").equals("total") ? "Total" : r.get("col_label"));
                XDDFBarChartData.Series series = null;
                for (int s = 0; s < bars.getSeriesCount(); s++) {
                    XDDFBarChartData.Series candidate = (XDDFBarChartData.Series) bars.getSeries(s);
                    if (candidate.getCTBarSer().getTx().getStrRef().getStrCache().getPtArray(0).getV()
                            .equals(r.get("row_label"))) {
                        series = candidate;
                    }
                }
                assertNotNull(series, r.get("row_label"));
                assertEquals(Double.parseDouble(r.get("col_pct")) / 100,
                        series.getValuesData().getPointAt(k).doubleValue(), 1e-12, r.toString());
                assertTrue(((String) series.getCategoryData().getPointAt(k)).endsWith("(n=" + r.get("col_base")
                        + ")"));
            }
            String speaker = slide.getNotes() == null ? "" : String.join("\n", texts(slide.getNotes().getShapes()));
            assertTrue(speaker.contains(export.notes(Locale.ENGLISH).get(0)), speaker);
            assertFalse(String.join("\n", texts(slide)).contains(export.notes(Locale.ENGLISH).get(0)));
        }
        assertEquals(before, ExportFixtures.sha256(source), "the survey file is unchanged");
    }

    @Test
    void mapSlideHoldsThePictureWithItsNotes() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(800, 600,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0x1F5FA8);
        Path file = folder.resolve("map.pptx");
        new PictureSlide("Q2 × Q3", "by Q1", image, List.of("Segment A leads.", "=not a formula"), "n=1,000")
                .write(file, null, PptxDeck.NotesPlacement.SLIDE);
        try (XMLSlideShow deck = new XMLSlideShow(java.nio.file.Files.newInputStream(file))) {
            XSLFSlide slide = deck.getSlides().get(0);
            List<org.apache.poi.xslf.usermodel.XSLFPictureShape> pictures = slide.getShapes().stream()
                    .filter(s -> s instanceof org.apache.poi.xslf.usermodel.XSLFPictureShape)
                    .map(s -> (org.apache.poi.xslf.usermodel.XSLFPictureShape) s).toList();
            assertEquals(1, pictures.size());
            java.awt.image.BufferedImage back = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                    pictures.get(0).getPictureData().getData()));
            assertEquals(800, back.getWidth());
            assertEquals(0x1F5FA8, back.getRGB(10, 10) & 0xFFFFFF);
            double ratio = pictures.get(0).getAnchor().getWidth() / pictures.get(0).getAnchor().getHeight();
            assertEquals(800.0 / 600, ratio, 0.01, "proportions kept");
            String texts = String.join("\n", texts(slide));
            assertTrue(texts.contains("Q2 × Q3") && texts.contains("Segment A leads.") && texts.contains("n=1,000"),
                    texts);
            assertTrue(texts.contains("'=not a formula"), texts);
            assertTrue(slide.getRelations().stream().noneMatch(p -> p instanceof XSLFChart));
        }
    }

    static XSLFChart chart(XSLFSlide slide) {
        for (POIXMLDocumentPart part : slide.getRelations()) {
            if (part instanceof XSLFChart chart) {
                return chart;
            }
        }
        throw new AssertionError("no native chart on the slide");
    }

    static List<String> texts(XSLFSlide slide) {
        return texts(slide.getShapes());
    }

    static List<String> texts(List<? extends XSLFShape> shapes) {
        List<String> out = new ArrayList<>();
        for (XSLFShape shape : shapes) {
            if (shape instanceof XSLFTextShape text) {
                out.add(text.getText());
            }
        }
        return out;
    }
}

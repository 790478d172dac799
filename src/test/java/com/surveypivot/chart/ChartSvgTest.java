package com.surveypivot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.BandChartModel.Bar;
import com.surveypivot.chart.BandChartModel.LegendEntry;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SVG of a chart: well-formed XML (parsed with the JDK's parser), every label kept as text (Japanese
 * included) in the bundled font's family, the base note and the caption there too, shapes for the bars; and the
 * same drawing as the PNG (the same node tree). Plus a pixel check that Japanese glyphs really render in the PNG.
 */
class ChartSvgTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void bandChartSvgHoldsEveryLabelAsTextInTheBundledFont() throws Exception {
        BandChartModel model = BandChartModel.from(ChartFixtures.q2ByQ1(), Locale.JAPANESE);
        Document doc = parse(ChartSvg.of(model, "メモ：営業は連携に課題").svg());
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("820", root.getAttribute("width"));
        assertTrue(root.getAttribute("font-family").startsWith("'IPAexGothic'"), root.getAttribute("font-family"));
        List<String> texts = texts(doc);
        assertTrue(texts.contains("Q2 部門間の業務連携状況"), texts.toString());
        for (LegendEntry entry : model.legend()) {
            assertTrue(texts.contains(entry.label()), entry.label());
        }
        for (Bar bar : model.bars()) {
            assertTrue(texts.contains(bar.fullLabel()) || texts.contains(bar.nLabel() + bar.baseMark()),
                    bar.fullLabel());
        }
        assertTrue(texts.contains("25.6") || texts.contains("16.0"), texts.toString());
        assertTrue(texts.contains("基数：全体 n=1,000"), texts.toString());
        assertTrue(texts.contains("メモ：営業は連携に課題"), "the caption: " + texts);
        assertTrue(texts.containsAll(List.of("0%", "20%", "100%")));
        int rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength();
        assertTrue(rects > 11 * 5, "a rectangle per segment: " + rects);
    }

    @Test
    void everyKindWritesAParsableSvgWithItsNotes() throws Exception {
        for (ChartKind kind : ChartKind.values()) {
            var table = kind == ChartKind.LINE || kind == ChartKind.TOPBOX ? ChartFixtures.q3BySize()
                    : ChartFixtures.q2ByQ1();
            BandChartModel model = BandChartModel.from(table, ChartSettings.defaults().withKind(kind),
                    ChartBasis.NONE, Locale.ENGLISH);
            Document doc = parse(ChartSvg.of(model, "").svg());
            List<String> texts = texts(doc);
            assertTrue(texts.contains(model.notes().get(0)), kind + ": " + texts);
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("Total")), kind + ": " + texts);
        }
    }

    @Test
    void segmentMapSvgCarriesItsCirclesAndLabels() throws Exception {
        SegmentMapModel map = SegmentMapModel.from(MapFixtures.sample(), Locale.JAPANESE);
        Document doc = parse(ChartSvg.of(() -> new SegmentMap(map), 820, map.title()).svg());
        List<String> texts = texts(doc);
        assertTrue(texts.contains(map.title()), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("営業・営業企画")), texts.toString());
        assertTrue(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength() >= 9);
    }

    @Test
    void writesAtomicallyAndReplacesAnOldFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chart.svg");
        Files.writeString(file, "old");
        BandChartModel model = BandChartModel.from(ChartFixtures.q3BySize(), Locale.JAPANESE);
        ChartSvg.of(model, "").write(file);
        String svg = Files.readString(file);
        assertTrue(svg.startsWith("<?xml"), svg.substring(0, 20));
        parse(svg);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
        // a new image gets the permissions of any new file (not the owner-only ones of a JDK temporary file)
        Path fresh = dir.resolve("fresh.svg");
        ChartSvg.of(model, "").write(fresh);
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));
        }
    }

    /**
     * Japanese really renders in the PNG: a title and the same characters in another order give different
     * pixels (a font without these glyphs draws the same box for each, so the two images would be equal).
     */
    @Test
    void japaneseGlyphsRenderInThePng() {
        BandChartModel a = BandChartModel.from(ChartFixtures.q3BySize(), Locale.JAPANESE);
        BandChartModel b = new BandChartModel(a.layout(), "間連門部携", a.subtitle(), a.legend(), a.bars(), a.groups(),
                a.axisMax(), a.kind(), a.lines(), a.notes(), a.percent());
        BandChartModel c = new BandChartModel(a.layout(), "部門間連携", a.subtitle(), a.legend(), a.bars(), a.groups(),
                a.axisMax(), a.kind(), a.lines(), a.notes(), a.percent());
        BufferedImage x = ChartImages.render(b, 1);
        BufferedImage y = ChartImages.render(c, 1);
        int differing = 0;
        int inked = 0;
        for (int py = 0; py < 40; py++) {
            for (int px = 0; px < 200; px++) {
                differing += x.getRGB(px, py) != y.getRGB(px, py) ? 1 : 0;
                inked += (y.getRGB(px, py) & 0xFF) < 128 ? 1 : 0;
            }
        }
        assertTrue(inked > 100, "the title is drawn: " + inked);
        assertTrue(differing > 50, "different glyphs for different characters: " + differing);
        assertFalse(ChartFonts.canDisplay("\uD83D\uDE00"));
    }
}

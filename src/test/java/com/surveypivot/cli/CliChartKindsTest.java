package com.surveypivot.cli;

import static com.surveypivot.cli.CliTest.assertOneLineError;
import static com.surveypivot.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** {@code chart} with --kind, --decimals, --sort, --format / .svg, --scale 1|2|3 and the table options. */
class CliChartKindsTest {

    private static List<String> svgTexts(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The source report's second view: worry (Q3) as top-2 box bars by job function (Q1), as SVG. */
    @Test
    void worryAsTopTwoBoxBarsByJobFunctionAsSvg(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("q3-topbox.svg");
        CliTest.Run result = run("chart", "sample", "--question", "Q3", "--by", "Q1", "--kind", "topbox", "--out",
                svg.toString(), "--lang", "ja", "--sort", "topbox", "--decimals", "0");
        assertEquals(0, result.code(), result.err());
        List<String> texts = svgTexts(svg);
        assertTrue(texts.contains("TOP2ボックス（とても悩んでいる＋悩んでいる）"), texts.toString());
        assertTrue(texts.contains("全体 (n=987)"), texts.toString());
        // Total 193 + 325 of 987 answered Q3 and ticked a function = 52.5% → "52" with no decimals
        assertTrue(texts.contains("52"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("▲")), "significance marks: " + texts);
        assertTrue(texts.contains("基数：全体 n=987"), texts.toString());
        int first = texts.indexOf("サイト運営・管理 (n=116)");
        int last = texts.indexOf("営業・営業企画 (n=233)");
        assertTrue(first >= 0 && last > first, "sorted by top box, highest first: " + texts);
    }

    @Test
    void scalesOneTwoThreeAndFormatOption(@TempDir Path dir) throws Exception {
        Path three = dir.resolve("three.png");
        assertEquals(0, run("chart", "sample", "--question", "Q2", "--by", "役職", "--out", three.toString(),
                "--scale", "3").code());
        BufferedImage image = ImageIO.read(three.toFile());
        assertEquals(3 * 820, image.getWidth());
        Path svgByOption = dir.resolve("chart.image");
        CliTest.Run result = run("chart", "sample", "--question", "Q2", "--by", "役職", "--out",
                svgByOption.toString(), "--format", "svg", "--kind", "counts", "--lang", "en");
        assertEquals(0, result.code(), result.err());
        String text = Files.readString(svgByOption, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg"), text.substring(0, 40));
        assertTrue(svgTexts(svgByOption).contains("Total (n=987)"), svgTexts(svgByOption).toString());
    }

    @Test
    void filterAndWeightAreStatedUnderTheChart(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("filtered.svg");
        CliTest.Run result = run("chart", "sample", "--question", "Q2", "--by", "Q1", "--out", svg.toString(),
                "--filter", "役職=部長クラス|課長クラス", "--weight", "ウェイト", "--lang", "en", "--kind", "grouped");
        assertEquals(0, result.code(), result.err());
        String note = svgTexts(svg).stream().filter(t -> t.startsWith("Base:")).findFirst().orElseThrow();
        assertTrue(note.contains("Filter: 役職 = 部長クラス, 課長クラス"), note);
        assertTrue(note.contains("Weighted by ウェイト"), note);
    }

    @Test
    void lineChartAcrossAnOrderedAttribute(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("line.png");
        assertEquals(0, run("chart", "sample", "--question", "Q3", "--by", "従業員規模", "--kind", "line", "--out",
                png.toString(), "--scale", "1").code());
        assertTrue(ImageIO.read(png.toFile()).getHeight() > 300);
        CliTest.Run unordered = run("chart", "sample", "--question", "Q3", "--by", "業種", "--kind", "line", "--out",
                dir.resolve("bad.png").toString(), "--lang", "en");
        assertEquals(1, unordered.code());
        assertOneLineError(unordered);
        assertTrue(unordered.err().contains("ordered"), unordered.err());
        assertFalse(Files.exists(dir.resolve("bad.png")));
    }

    @Test
    void badKindDecimalsAndSortAreOneLineErrors(@TempDir Path dir) {
        String out = dir.resolve("x.png").toString();
        CliTest.Run kind = run("chart", "sample", "--question", "Q2", "--by", "Q1", "--out", out, "--kind", "pie");
        assertEquals(Cli.USAGE_ERROR, kind.code());
        assertOneLineError(kind);
        CliTest.Run decimals = run("chart", "sample", "--question", "Q2", "--by", "Q1", "--out", out, "--decimals",
                "3");
        assertEquals(Cli.USAGE_ERROR, decimals.code());
        assertOneLineError(decimals);
        CliTest.Run sort = run("chart", "sample", "--question", "Q2", "--by", "Q1", "--out", out, "--sort", "nope");
        assertEquals(1, sort.code());
        assertOneLineError(sort);
        CliTest.Run topbox = run("chart", "sample", "--question", "Q2", "--by", "Q1", "--out", out, "--kind",
                "topbox");
        assertEquals(1, topbox.code(), "Q2 is no scale");
        assertOneLineError(topbox);
    }
}

package com.surveypivot.cli;

import static com.surveypivot.cli.CliTest.assertOneLineError;
import static com.surveypivot.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chart}: a PNG of the sample's Q2-by-Q1 band chart, written with no display. */
class CliChartTest {

    @Test
    void writesAPngAtTwiceTheSizeOfScaleOne(@TempDir Path dir) throws IOException {
        Path one = dir.resolve("q2-by-q1@1x.png");
        Path two = dir.resolve("q2-by-q1.png");
        CliTest.Run run1 = run("chart", "sample", "--question", "Q2", "--by", "Q1", "--out", one.toString(),
                "--scale", "1");
        assertEquals(0, run1.code(), run1.err());
        CliTest.Run run2 = run("chart", "sample", "--question", "Q2", "--by", "Q1", "--out", two.toString());
        assertEquals(0, run2.code(), run2.err());
        assertTrue(run2.out().contains(two.toString()), run2.out());
        byte[] bytes = Files.readAllBytes(two);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage big = ImageIO.read(two.toFile());
        assertEquals(small.getWidth() * 2, big.getWidth(), 1);
        assertEquals(small.getHeight() * 2, big.getHeight(), 1);
    }

    /** --lang sets the chart's own texts (全体 / Total): the two images differ; an unknown language is a usage error. */
    @Test
    void languageOfTheChartTexts(@TempDir Path dir) throws IOException {
        Path ja = dir.resolve("ja.png");
        Path en = dir.resolve("en.png");
        assertEquals(0, run("chart", "sample", "--question", "Q3", "--by", "役職", "--out", ja.toString(), "--scale",
                "1", "--lang", "ja").code());
        assertEquals(0, run("chart", "sample", "--question", "Q3", "--by", "役職", "--out", en.toString(), "--scale",
                "1", "--lang", "en").code());
        BufferedImage a = ImageIO.read(ja.toFile());
        BufferedImage b = ImageIO.read(en.toFile());
        boolean differ = a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight();
        for (int y = 0; !differ && y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differ = true;
                    break;
                }
            }
        }
        assertTrue(differ, "the Japanese and English charts should differ in their Total label and subtitle");
        CliTest.Run bad = run("chart", "sample", "--question", "Q3", "--by", "役職", "--out", en.toString(), "--lang",
                "fr");
        assertEquals(Cli.USAGE_ERROR, bad.code());
        assertOneLineError(bad);
    }

    @Test
    void neverWritesOverTheInputFile(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("mass.xlsx");
        Files.copy(Path.of(CliChartTest.class.getResource("/cli/mass_survey.xlsx").toURI()), input);
        byte[] before = Files.readAllBytes(input);
        CliTest.Run run = run("chart", input.toString(), "--question", "Smoke", "--by", "Exer", "--out",
                input.toString());
        assertEquals(1, run.code());
        assertOneLineError(run);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)));
    }
}

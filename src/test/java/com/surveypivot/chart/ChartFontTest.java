package com.surveypivot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.BandChartModel.Bar;
import com.surveypivot.chart.BandChartModel.LegendEntry;
import java.awt.Font;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * Fails when the chart's text would not show Japanese: the font the chart uses must have a glyph for every label
 * (a machine with only Latin fonts draws tofu boxes and other tests still pass), and every text node of the chart
 * must really be set in the bundled font, not a fallback.
 */
class ChartFontTest {

    @Test
    void bundledFontAndItsLicenceAreInTheJar() throws Exception {
        try (InputStream font = ChartFonts.class.getResourceAsStream(ChartFonts.FONT_RESOURCE)) {
            assertNotNull(font, "bundled font");
            Font awt = Font.createFont(Font.TRUETYPE_FONT, font);
            assertEquals("IPAexGothic", awt.getFamily(Locale.ENGLISH));
        }
        assertNotNull(ChartFonts.class.getResource("/com/surveypivot/chart/fonts/IPA_Font_License_Agreement_v1.0.txt"),
                "licence beside the font");
    }

    @Test
    void chartFontCanDisplayEveryJapaneseLabelOfTheChart() {
        BandChartModel model = BandChartModel.from(ChartFixtures.q2ByQ1(), Locale.JAPANESE);
        List<String> labels = new ArrayList<>();
        labels.add(model.title());
        labels.add(model.subtitle());
        model.legend().stream().map(LegendEntry::label).forEach(labels::add);
        model.bars().stream().map(Bar::fullLabel).forEach(labels::add);
        labels.addAll(ChartFixtures.Q3_ANSWERS);
        labels.addAll(List.of("100〜999人", "1,000人以上", "全体", "…"));
        for (String label : labels) {
            assertTrue(ChartFonts.canDisplay(label), "the chart font has no glyph for some character of: " + label);
        }
    }

    @Test
    void glyphCheckIsRealNotAlwaysTrue() {
        assertFalse(ChartFonts.canDisplay("\uD83D\uDE00"), "an emoji is not in IPAexGothic");
    }

    @Test
    void everyTextOfTheChartIsSetInTheBundledFont() {
        String family = Fx.call(ChartFonts::family);
        assertEquals("IPAexGothic", family);
        List<String> resolved = Fx.call(() -> {
            BandChart chart = new BandChart(BandChartModel.from(ChartFixtures.q2ByQ1(), Locale.JAPANESE));
            Group root = new Group(chart);
            root.setAutoSizeChildren(false);
            new Scene(root);
            chart.resize(820, chart.prefHeight(820));
            chart.layout();
            return chart.texts().stream().map(Text::getFont).map(f -> f.getFamily() + "|" + f.getName()).toList();
        });
        assertTrue(resolved.size() > 40, "the chart has its texts: " + resolved.size());
        for (String font : resolved) {
            assertEquals(family, font.substring(0, font.indexOf('|')), "font resolved for a chart text: " + font);
        }
    }
}

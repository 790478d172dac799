package com.surveypivot.chart;

import com.surveypivot.export.PngExport;
import java.nio.file.Path;
import java.util.Locale;

/** Writes the fixture charts as PNGs to look at: {@code ChartCheck <dir>}. */
public final class ChartCheck {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp");
        ChartImages.useHeadlessToolkit();
        PngExport.write(ChartImages.render(BandChartModel.from(ChartFixtures.q2ByQ1(), Locale.JAPANESE), 2),
                dir.resolve("chart-check.png"));
        PngExport.write(ChartImages.render(BandChartModel.from(ChartFixtures.q3BySize(), Locale.JAPANESE), 2),
                dir.resolve("chart-check-scale.png"));
        PngExport.write(ChartImages.render(BandChartModel.from(ChartFixtures.multiByRole(), Locale.JAPANESE), 2),
                dir.resolve("chart-check-multi.png"));
        PngExport.write(ChartImages.render(BandChartModel.from(ChartFixtures.q2ByQ1(), Locale.JAPANESE), 2, 440),
                dir.resolve("chart-check-narrow.png"));
        PngExport.write(ChartImages.render(BandChartModel.from(ChartFixtures.q4ByQ1(), Locale.JAPANESE), 2),
                dir.resolve("chart-check-q4.png"));
        ChartImages.shutdown();
    }
}

package com.surveypivot.chart;

import com.surveypivot.export.PngExport;
import java.nio.file.Path;
import java.util.Locale;

/** Writes the sample's segment map as PNGs to look at: {@code MapCheck <dir>}. */
public final class MapCheck {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp");
        ChartImages.useHeadlessToolkit();
        PngExport.write(ChartImages.render(SegmentMapModel.from(MapFixtures.sample(), Locale.JAPANESE), 2),
                dir.resolve("map-check.png"));
        PngExport.write(ChartImages.render(SegmentMapModel.from(MapFixtures.sample(), Locale.ENGLISH), 2),
                dir.resolve("map-check-en.png"));
        PngExport.write(ChartImages.render(() -> new SegmentMap(SegmentMapModel.from(MapFixtures.sample(),
                Locale.JAPANESE)), 2, 520), dir.resolve("map-check-narrow.png"));
        ChartImages.shutdown();
    }
}

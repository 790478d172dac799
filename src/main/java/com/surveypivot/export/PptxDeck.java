package com.surveypivot.export;

import com.surveypivot.chart.BandChartModel;
import com.surveypivot.i18n.Messages;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * A PowerPoint deck (.pptx), one 16:9 slide per table: the question as title, the break-down under it, the band
 * chart as a native, editable chart (its data in the chart's own embedded workbook, "(n=…)" in the category
 * labels), the base, filter and weight at the foot, and the notes either as bullets beside the chart (the first
 * {@value #MAX_BULLETS}; with more, all of them in the speaker notes too) or in the slide's speaker notes. Every
 * text from the survey goes through {@link SafeText}.
 */
public final class PptxDeck {
    /** Where a slide's notes go. */
    public enum NotesPlacement {
        /** Bullets beside the chart. */
        SLIDE,
        /** The slide's speaker notes (the chart takes the slide's width). */
        SPEAKER_NOTES
    }

    /** At most this many notes stand beside the chart; with more, all of them also go to the speaker notes. */
    static final int MAX_BULLETS = 5;
    static final double WIDTH = 960;
    static final double HEIGHT = 540;

    private PptxDeck() {
    }

    /**
     * Writes one slide per table.
     *
     * @param source   the survey file the user opened (never written), or null
     * @param progress told after each slide; asked between slides whether to stop
     * @throws ExportException a translated one-line message; {@link ExportCancelledException} when cancelled
     */
    public static void write(List<ExportTable> tables, Path file, Path source, Locale locale, NotesPlacement notes,
            ExportProgress progress) throws ExportException {
        AtomicFile.write(file, source, out -> {
            try (XMLSlideShow deck = new XMLSlideShow()) {
                fill(deck, tables, locale, notes, progress);
                deck.write(out);
            }
        });
    }

    static void fill(XMLSlideShow deck, List<ExportTable> tables, Locale locale, NotesPlacement notes,
            ExportProgress progress) throws ExportCancelledException {
        deck.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
        for (int t = 0; t < tables.size(); t++) {
            progress.check();
            slide(deck, tables.get(t), locale, notes);
            progress.step(t + 1, tables.size());
        }
    }

    static void slide(XMLSlideShow deck, ExportTable table, Locale locale, NotesPlacement placement) {
        XSLFSlide slide = deck.createSlide();
        BandChartModel model = table.chart(locale);
        SlideText.heading(slide, model.title(), table.byLine(model, locale));
        List<String> bullets = new ArrayList<>(table.notes(locale));
        if (!table.userNote().isBlank()) {
            bullets.add(table.userNote().strip());
        }
        double chartWidth = SlideText.notes(deck, slide, bullets, placement);
        BandSeries series = BandSeries.of(model);
        int bars = series.categories().size() * (series.stacked() ? 1 : Math.max(1, series.series().size() / 2));
        double chartHeight = Math.min(380, 110 + 36.0 * bars);
        chart(deck, slide, series, new Rectangle2D.Double(30, 84, chartWidth, chartHeight));
        SlideText.footer(slide, footer(table, locale));
    }

    /** The base, the filter and the weight, one line each. */
    static String footer(ExportTable table, Locale locale) {
        return String.join("\n",
                Messages.get(locale, table.table().by() == null ? "book.base.total" : "book.base",
                        table.table().total().unweightedBase()),
                SafeText.of(table.filter().isEmpty() ? Messages.get(locale, "book.filter.none")
                        : Messages.get(locale, "book.filter", table.filter())),
                SafeText.of(table.weight().isEmpty() ? Messages.get(locale, "book.weight.none")
                        : Messages.get(locale, "book.weight", table.weight())));
    }

    private static void chart(XMLSlideShow deck, XSLFSlide slide, BandSeries data, Rectangle2D place) {
        XSLFChart chart = deck.createChart();
        // the chart's frame is placed in EMU (English metric units), not points
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(place.getX()), Units.toEMU(place.getY()),
                Units.toEMU(place.getWidth()), Units.toEMU(place.getHeight())));
        chart.setAutoTitleDeleted(true);
        int n = data.categories().size();
        String[] categories = data.categories().stream().map(SafeText::of).toArray(String[]::new);
        XDDFDataSource<String> categoryData = XDDFDataSourcesFactory.fromArray(categories,
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        NativeChart.draw(chart, data, new NativeChart.Sources() {
            @Override
            public XDDFDataSource<String> categories() {
                return categoryData;
            }

            @Override
            public XDDFNumericalDataSource<Double> values(int series) {
                double[] values = data.series().get(series).values();
                Double[] boxed = new Double[values.length];
                for (int i = 0; i < values.length; i++) {
                    boxed[i] = values[i];
                }
                return XDDFDataSourcesFactory.fromArray(boxed,
                        chart.formatRange(new CellRangeAddress(1, n, series + 1, series + 1)), series + 1);
            }

            @Override
            public CellReference title(int series) {
                return chart.setSheetTitle(SafeText.of(data.series().get(series).name()), series + 1);
            }
        });
    }
}

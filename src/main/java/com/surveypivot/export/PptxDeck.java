package com.surveypivot.export;

import com.surveypivot.chart.BandChartModel;
import com.surveypivot.i18n.Messages;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * A PowerPoint deck (.pptx), one 16:9 slide per table: the question as title, the break-down under it, the band
 * chart as a native, editable chart (its data in the chart's own embedded workbook, "(n=…)" in the category
 * labels), the base, filter and weight at the foot, and the notes either as bullets beside the chart (the first
 * {@value #MAX_BULLETS}; with more, all of them in the speaker notes too) or in the slide's speaker notes. Every text from the survey goes through {@link SafeText}.
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

    private static void slide(XMLSlideShow deck, ExportTable table, Locale locale, NotesPlacement placement) {
        XSLFSlide slide = deck.createSlide();
        BandChartModel model = table.chart(locale);
        SlideText.box(slide, new Rectangle2D.Double(30, 16, WIDTH - 60, 40), SafeText.of(model.title()), 22, true,
                Color.BLACK);
        String by = table.byLine(model, locale);
        if (!by.isEmpty()) {
            SlideText.box(slide, new Rectangle2D.Double(30, 56, WIDTH - 60, 22), SafeText.of(by), 12, false,
                    Color.DARK_GRAY);
        }
        List<String> bullets = new ArrayList<>();
        for (String note : table.notes(locale)) {
            bullets.add(SafeText.of(note));
        }
        if (!table.userNote().isBlank()) {
            bullets.add(SafeText.of(table.userNote().strip()));
        }
        boolean beside = placement == NotesPlacement.SLIDE && !bullets.isEmpty();
        double chartWidth = beside ? 610 : WIDTH - 60;
        BandSeries series = BandSeries.of(model);
        int bars = series.categories().size() * (series.stacked() ? 1 : Math.max(1, series.series().size() / 2));
        double chartHeight = Math.min(380, 110 + 36.0 * bars);
        chart(deck, slide, series, new Rectangle2D.Double(30, 84, chartWidth, chartHeight));
        if (beside) {
            List<String> shown = bullets.size() <= MAX_BULLETS ? bullets : bullets.subList(0, MAX_BULLETS);
            SlideText.bullets(slide, new Rectangle2D.Double(30 + chartWidth + 15, 84, WIDTH - 75 - chartWidth, 380),
                    shown, 11);
        }
        SlideText.box(slide, new Rectangle2D.Double(30, 470, WIDTH - 60, 56), footer(table, locale), 9, false,
                Color.DARK_GRAY);
        if (!bullets.isEmpty() && (!beside || bullets.size() > MAX_BULLETS)) {
            XSLFNotes notes = deck.getNotesSlide(slide);
            for (XSLFTextShape shape : notes.getPlaceholders()) {
                if (shape.getTextType() == Placeholder.BODY) {
                    shape.setText(String.join("\n", bullets));
                    break;
                }
            }
        }
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

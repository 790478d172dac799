package com.surveypivot.export;

import com.surveypivot.chart.ChartPalette;
import com.surveypivot.chart.BandChartModel;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.ss.util.CellReference;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;

/**
 * Draws a band chart as a native, editable Office chart (POI's XDDF API, the same for a sheet's chart and a
 * slide's): horizontal bars, 100% stacked for single-choice questions and clustered for multi-response ones,
 * categories top to bottom in the band chart's order (the category axis runs from maximum to minimum, so the first
 * category, the Total, is on top), series in legend order with the band chart's colours, thin white separators,
 * values as labels with one decimal ("0.0%"; none on segments under {@link BandChartModel#MIN_LABEL_PERCENT}%,
 * by a conditional number format).
 */
final class NativeChart {

    /** Where the chart's numbers live: cells of the sheet, or the slide chart's embedded workbook. */
    interface Sources {
        XDDFDataSource<String> categories();

        XDDFNumericalDataSource<Double> values(int series);

        /** The cell holding a series' name, or null. */
        CellReference title(int series);
    }

    /** Data label format: one decimal, nothing under the band chart's label threshold. */
    static final String THIN_HIDDEN = "[<" + BandChartModel.MIN_LABEL_PERCENT / 100 + "]\"\";0.0%";

    /** Clustered bars carry value labels only up to this many series (beyond, the labels overlap). */
    static final int MAX_LABELLED_GROUPED = 3;

    private NativeChart() {
    }

    static void draw(XDDFChart chart, BandSeries data, Sources sources) {
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN);
        categories.setMajorTickMark(AxisTickMark.NONE);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.MAX);
        values.setMinimum(0);
        if (data.stacked()) {
            values.setMaximum(1);
        }
        values.setNumberFormat("0%");
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setMajorTickMark(AxisTickMark.OUT);

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        bars.setBarDirection(BarDirection.BAR);
        bars.setBarGrouping(data.stacked() ? BarGrouping.PERCENT_STACKED : BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        if (data.stacked()) {
            bars.setGapWidth(60);
        } else {
            bars.setGapWidth(40);
        }
        XDDFDataSource<String> categoryData = sources.categories();
        for (int s = 0; s < data.series().size(); s++) {
            BandSeries.Series series = data.series().get(s);
            XDDFBarChartData.Series bar = (XDDFBarChartData.Series) bars.addSeries(categoryData, sources.values(s));
            bar.setTitle(SafeText.of(series.name()), sources.title(s));
            bar.setFillProperties(new XDDFSolidFillProperties(color(series.color())));
            XDDFLineProperties separator = new XDDFLineProperties(
                    new XDDFSolidFillProperties(XDDFColor.from(PresetColor.WHITE)));
            separator.setWidth(0.75);
            bar.setLineProperties(separator);
            bar.setInvertIfNegative(false);
            if (data.stacked() || data.series().size() <= MAX_LABELLED_GROUPED) {
                labels(bar, series, data.stacked());
            }
        }
        chart.plot(bars);
        chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
        if (data.stacked()) {
            overlap(chart);
        }
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.TOP);
        legend.setOverlay(false);
    }

    /**
     * Overlap 100 (the series of a bar drawn on one line, as stacked bars need in Excel). Written as the attribute
     * itself: the schema type of its value is not in POI's lite schema jar.
     */
    private static void overlap(XDDFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        CTOverlap overlap = bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap();
        try (XmlCursor cursor = overlap.newCursor()) {
            cursor.setAttributeText(new QName("val"), "100");
        }
    }

    /** Value labels: one decimal, centred in stacked segments (white on dark colours), none on thin segments. */
    private static void labels(XDDFBarChartData.Series bar, BandSeries.Series series, boolean stacked) {
        CTDLbls labels = bar.getCTBarSer().addNewDLbls();
        // a conditional number format leaves thin segments unlabelled, as the band chart does
        labels.addNewNumFmt().setFormatCode(stacked ? THIN_HIDDEN : "0.0%");
        labels.getNumFmt().setSourceLinked(false);
        String text = stacked && ChartPalette.luminance(series.color()) < 0.35 ? "FFFFFF" : "262626";
        CTTextBody body = labels.addNewTxPr();
        body.addNewBodyPr();
        body.addNewLstStyle();
        CTTextCharacterProperties font = body.addNewP().addNewPPr().addNewDefRPr();
        font.setSz(stacked ? 900 : 800);
        font.addNewSolidFill().addNewSrgbClr().setVal(hex(text));
        labels.addNewDLblPos().setVal(stacked ? STDLblPos.CTR : STDLblPos.OUT_END);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    static XDDFColor color(String hex) {
        return XDDFColor.from(hex(hex.startsWith("#") ? hex.substring(1) : hex));
    }

    private static byte[] hex(String rrggbb) {
        int rgb = Integer.parseInt(rrggbb, 16);
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }
}

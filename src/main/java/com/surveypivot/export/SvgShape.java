package com.surveypivot.export;

/**
 * One drawn element of a chart, in the chart's coordinates (points, y downwards), free of any UI toolkit: what
 * {@link SvgExport} writes. Colours are "#RRGGBB" (null: none); opacity 0–1; dash arrays may be empty.
 */
public sealed interface SvgShape {

    /** A filled and/or stroked rectangle. */
    record Rect(double x, double y, double width, double height, String fill, String stroke, double strokeWidth,
            double opacity) implements SvgShape {
    }

    /** A straight line. */
    record Line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, double[] dash,
            double opacity) implements SvgShape {
    }

    /** A circle. */
    record Circle(double cx, double cy, double r, String fill, String stroke, double strokeWidth, double[] dash,
            double opacity) implements SvgShape {
    }

    /** A line through points (x0, y0, x1, y1, …), open or closed into a polygon. */
    record Polyline(double[] points, String stroke, double strokeWidth, String fill, double opacity, boolean closed)
            implements SvgShape {
    }

    /**
     * One line of text, kept as text.
     *
     * @param x           left end
     * @param baseline    y of the baseline
     * @param text        the characters
     * @param family      the font family (the bundled IPAexGothic)
     * @param size        font size in points
     * @param bold        a bold face
     * @param fill        text colour
     * @param stroke      outline colour (emboldened text in a font without a bold face), or null
     * @param strokeWidth outline width
     */
    record Text(double x, double baseline, String text, String family, double size, boolean bold, String fill,
            String stroke, double strokeWidth, double opacity) implements SvgShape {
    }
}

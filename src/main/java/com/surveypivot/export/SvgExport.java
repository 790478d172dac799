package com.surveypivot.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a chart as an SVG file: vector shapes and text kept as text (searchable, editable, sharp at any size),
 * every text naming the chart's font family first (the bundled IPAexGothic) with common Japanese fallbacks after
 * it, so that it renders as on screen where that font is installed and legibly elsewhere.
 */
public final class SvgExport {
    /** Japanese-capable families named after the chart's own, for machines without it. */
    static final String FALLBACKS = "'IPAexゴシック', 'IPAGothic', 'Noto Sans CJK JP', 'Hiragino Sans', "
            + "'Hiragino Kaku Gothic ProN', 'Yu Gothic', 'Meiryo', sans-serif";

    private SvgExport() {
    }

    /** The SVG document of a drawing {@code width} × {@code height} points. */
    public static String svg(double width, double height, List<SvgShape> shapes, String title) {
        String family = mainFamily(shapes);
        StringBuilder s = new StringBuilder(shapes.size() * 120 + 400);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append('"');
        if (family != null) {
            s.append(" font-family=\"").append(attribute(families(family))).append('"');
        }
        s.append(">\n");
        if (title != null && !title.isBlank()) {
            s.append("<title>").append(escape(title)).append("</title>\n");
        }
        for (SvgShape shape : shapes) {
            append(s, shape, family);
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /** Writes the SVG document to {@code file} (temporary file, then an atomic move). */
    public static void write(double width, double height, List<SvgShape> shapes, String title, Path file)
            throws ExportException {
        String document = svg(width, height, shapes, title);
        ImageFileWriter.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(document);
            writer.flush();
        });
    }

    private static void append(StringBuilder s, SvgShape shape, String mainFamily) {
        if (shape instanceof SvgShape.Rect r) {
            s.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"")
                    .append(n(r.width())).append("\" height=\"").append(n(r.height())).append('"');
            paint(s, r.fill(), r.stroke(), r.strokeWidth(), null, r.opacity());
            s.append(" />\n");
        } else if (shape instanceof SvgShape.Line l) {
            s.append("<line x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1())).append("\" x2=\"")
                    .append(n(l.x2())).append("\" y2=\"").append(n(l.y2())).append('"');
            paint(s, null, l.stroke(), l.strokeWidth(), l.dash(), l.opacity());
            s.append(" />\n");
        } else if (shape instanceof SvgShape.Circle c) {
            s.append("<circle cx=\"").append(n(c.cx())).append("\" cy=\"").append(n(c.cy())).append("\" r=\"")
                    .append(n(c.r())).append('"');
            paint(s, c.fill(), c.stroke(), c.strokeWidth(), c.dash(), c.opacity());
            s.append(" />\n");
        } else if (shape instanceof SvgShape.Polyline p) {
            s.append(p.closed() ? "<polygon points=\"" : "<polyline points=\"");
            for (int i = 0; i + 1 < p.points().length; i += 2) {
                s.append(i == 0 ? "" : " ").append(n(p.points()[i])).append(',').append(n(p.points()[i + 1]));
            }
            s.append('"');
            paint(s, p.fill(), p.stroke(), p.strokeWidth(), null, p.opacity());
            s.append(" />\n");
        } else if (shape instanceof SvgShape.Text t) {
            s.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.baseline())).append('"');
            if (!t.family().equals(mainFamily)) {
                s.append(" font-family=\"").append(attribute(families(t.family()))).append('"');
            }
            s.append(" font-size=\"").append(n(t.size())).append('"');
            if (t.bold()) {
                s.append(" font-weight=\"bold\"");
            }
            s.append(" xml:space=\"preserve\"");
            paint(s, t.fill(), t.stroke(), t.strokeWidth(), null, t.opacity());
            s.append('>').append(escape(t.text())).append("</text>\n");
        }
    }

    /** fill, stroke and opacity attributes. */
    private static void paint(StringBuilder s, String fill, String stroke, double strokeWidth, double[] dash,
            double opacity) {
        s.append(" fill=\"").append(fill == null ? "none" : fill).append('"');
        if (stroke != null && strokeWidth > 0) {
            s.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(strokeWidth)).append('"');
            if (dash != null && dash.length > 0) {
                s.append(" stroke-dasharray=\"");
                for (int i = 0; i < dash.length; i++) {
                    s.append(i == 0 ? "" : ",").append(n(dash[i]));
                }
                s.append('"');
            }
        }
        if (opacity < 1) {
            s.append(" opacity=\"").append(n(Math.max(0, opacity))).append('"');
        }
    }

    /** The family most texts use (named once, on the root element); null when there is no text. */
    private static String mainFamily(List<SvgShape> shapes) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (SvgShape shape : shapes) {
            if (shape instanceof SvgShape.Text t) {
                counts.merge(t.family(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(null);
    }

    /** A family followed by the Japanese-capable fallbacks. */
    static String families(String family) {
        return "'" + family.replace("'", "") + "', " + FALLBACKS;
    }

    /** Escaping for a double-quoted attribute whose value may hold single quotes. */
    private static String attribute(String text) {
        return escape(text).replace("&apos;", "'");
    }

    /** A number with at most two decimals, no trailing zeros, never in exponent form. */
    static String n(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        String text = String.format(Locale.ROOT, "%.2f", value);
        if (text.indexOf('.') >= 0) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text.equals("-0") ? "0" : text;
    }

    /** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        if (ch != 0xFFFE && ch != 0xFFFF) {
                            out.append(ch);
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}

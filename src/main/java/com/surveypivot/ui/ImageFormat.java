package com.surveypivot.ui;

import java.nio.file.Path;
import java.util.Locale;

/** The formats File > Save Chart Image offers: PNG at 1×, 2× (the default) and 3× its size in points, and SVG. */
public enum ImageFormat {
    PNG_1X(1, "png"), PNG_2X(2, "png"), PNG_3X(3, "png"), SVG(0, "svg");

    private final int scale;
    private final String extension;

    ImageFormat(int scale, String extension) {
        this.scale = scale;
        this.extension = extension;
    }

    /** Pixels per point of a PNG; 0 for SVG. */
    public int scale() {
        return scale;
    }

    /** "png" or "svg". */
    public String extension() {
        return extension;
    }

    /** The bundle key of the format's name in the save dialog. */
    String key() {
        return "chartui.format." + name().toLowerCase(Locale.ROOT);
    }

    /** SVG for a name ending in .svg, else PNG at 2×. */
    public static ImageFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".svg") ? SVG : PNG_2X;
    }

    /** The file with this format's extension (replacing a .png or .svg ending, else added). */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("." + extension)) {
            return file;
        }
        if (lower.endsWith(".png") || lower.endsWith(".svg")) {
            name = name.substring(0, name.length() - 4);
        }
        return file.resolveSibling(name + "." + extension);
    }
}

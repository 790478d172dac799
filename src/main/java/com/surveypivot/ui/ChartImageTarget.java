package com.surveypivot.ui;

import java.nio.file.Path;

/**
 * Where Save Chart Image writes and in which format.
 *
 * @param file   the file to write
 * @param format PNG at 1×, 2× or 3×, or SVG
 */
public record ChartImageTarget(Path file, ImageFormat format) {
    /** The format the file's name asks for (.svg: SVG; otherwise PNG at 2×). */
    public static ChartImageTarget of(Path file) {
        return new ChartImageTarget(file, ImageFormat.of(file));
    }
}

package com.surveypivot.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes a rendered chart image as a PNG file (through a temporary file, then an atomic move). */
public final class PngExport {
    private PngExport() {
    }

    /**
     * Writes {@code image} to {@code file} as PNG, creating missing parent folders.
     *
     * @throws ExportException with a translated one-line message when the file cannot be written
     */
    public static void write(BufferedImage image, Path file) throws ExportException {
        ImageFileWriter.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new ExportException("export.error.noWriter", file);
            }
        });
    }
}

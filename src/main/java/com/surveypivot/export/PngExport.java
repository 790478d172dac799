package com.surveypivot.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Writes a rendered chart image as a PNG file. */
public final class PngExport {
    private PngExport() {
    }

    /**
     * Writes {@code image} to {@code file} as PNG, creating missing parent folders.
     *
     * @throws ExportException with a translated one-line message when the file cannot be written
     */
    public static void write(BufferedImage image, Path file) throws ExportException {
        write(image, file, null);
    }

    /**
     * Writes {@code image} to {@code file} as PNG (a temporary file beside it, then an atomic move), creating
     * missing parent folders; never over {@code source}, the survey file the user opened (may be null).
     *
     * @throws ExportException with a translated one-line message when the file cannot be written
     */
    public static void write(BufferedImage image, Path file, Path source) throws ExportException {
        ImageFileWriter.write(file, source, out -> {
            if (!encode(image, out)) {
                throw new ExportException("export.error.noWriter", file);
            }
        });
    }

    /**
     * Encodes the image as PNG into {@code out}, buffering in memory (ImageIO's default buffers in a temporary file
     * of the system's temp folder); false when this system has no PNG writer.
     */
    static boolean encode(BufferedImage image, OutputStream out) throws IOException {
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            return ImageIO.write(image, "png", stream);
        }
    }
}

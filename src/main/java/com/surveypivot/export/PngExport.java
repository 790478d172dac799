package com.surveypivot.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new ExportException("export.error.directory", file);
        }
        try {
            AtomicFile.write(target, source, out -> {
                if (!encode(image, out)) {
                    throw new ExportException("export.error.noWriter", file);
                }
            });
        } catch (ExportException e) {
            throw e.getCause() instanceof IOException io ? translate(io, file) : e;
        }
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

    private static ExportException translate(IOException e, Path file) {
        if (e instanceof AccessDeniedException) {
            return new ExportException(e, "export.error.denied", file);
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NoSuchFileException) {
            return new ExportException(e, "export.error.folder", file);
        }
        return new ExportException(e, "export.error.write", file, reason(e));
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}

package com.surveypivot.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

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
                if (!ImageIO.write(image, "png", out)) {
                    throw new ExportException("export.error.noWriter", file);
                }
            });
        } catch (ExportException e) {
            throw e.getCause() instanceof IOException io ? translate(io, file) : e;
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

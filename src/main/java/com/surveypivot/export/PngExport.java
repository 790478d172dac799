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
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new ExportException("export.error.directory", file);
        }
        try {
            Path parent = target.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new ExportException("export.error.noWriter", file);
                }
            }
        } catch (AccessDeniedException e) {
            throw new ExportException(e, "export.error.denied", file);
        } catch (FileAlreadyExistsException | NoSuchFileException e) {
            throw new ExportException(e, "export.error.folder", file);
        } catch (IOException e) {
            throw new ExportException(e, "export.error.write", file, reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}

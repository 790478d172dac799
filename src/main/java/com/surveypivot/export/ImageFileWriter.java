package com.surveypivot.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Writes a chart image file (PNG, SVG) through {@link AtomicFile}: into a temporary file in the target's folder,
 * then moved over the target in one step, so that a failed or interrupted save never leaves half a file and an
 * existing image stays intact until the new one is complete. Failures are the images' own translated one-liners.
 */
public final class ImageFileWriter {
    /** Writes the file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException, ExportException;
    }

    private ImageFileWriter() {
    }

    /**
     * Writes {@code content} to {@code file}, creating missing parent folders.
     *
     * @throws ExportException with a translated one-line message when the file cannot be written
     */
    public static void write(Path file, Content content) throws ExportException {
        write(file, null, content);
    }

    /**
     * Writes {@code content} to {@code file}, creating missing parent folders; never over {@code source}, the survey
     * file the user opened (may be null).
     *
     * @throws ExportException with a translated one-line message when the file cannot be written
     */
    public static void write(Path file, Path source, Content content) throws ExportException {
        if (Files.isDirectory(file.toAbsolutePath())) {
            throw new ExportException("export.error.directory", file);
        }
        try {
            AtomicFile.write(file.toAbsolutePath(), source, content::writeTo);
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

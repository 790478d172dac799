package com.surveypivot.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a chart image file safely: into a temporary file in the target's folder, then moved over the target in
 * one step (atomically where the file system can), so that a failed or interrupted save never leaves half a file
 * and an existing image stays intact until the new one is complete. Failures are translated one-liners.
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
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new ExportException("export.error.directory", file);
        }
        Path temp = null;
        try {
            Path parent = target.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            move(temp, target);
            temp = null;
        } catch (AccessDeniedException e) {
            throw new ExportException(e, "export.error.denied", file);
        } catch (FileAlreadyExistsException | NoSuchFileException e) {
            throw new ExportException(e, "export.error.folder", file);
        } catch (IOException e) {
            throw new ExportException(e, "export.error.write", file, reason(e));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is left behind; the target is untouched
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
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

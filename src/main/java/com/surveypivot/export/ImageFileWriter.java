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
            temp = createTemp(parent, target);
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

    /**
     * A new empty file beside the target. Unlike {@link Files#createTempFile}, which makes a file only its owner
     * can read, it gets the permissions of a new file (or the ones of the file it replaces).
     */
    private static Path createTemp(Path parent, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = parent.resolve("." + target.getFileName() + "." + Long.toHexString(
                    java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
            try {
                Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 20) {
                    continue;
                }
                throw e;
            }
            if (Files.exists(target)) {
                try {
                    Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
                } catch (UnsupportedOperationException | IOException e) {
                    // not a POSIX file system, or not ours to change: keep the new file's permissions
                }
            }
            return temp;
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

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
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file the safe way: into a temporary file in the target's own folder, then moved over the target in one
 * atomic step, so that a reader never sees half a file and a failed or cancelled export leaves the old file as it
 * was. Refuses to write over the survey the user opened.
 */
public final class AtomicFile {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException, ExportException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /**
     * Writes {@code target} through {@code content}, creating missing parent folders.
     *
     * @param source the survey file the user opened (never written), or null
     * @throws ExportException with a translated one-line message when the file cannot be written; a cancelled
     *                         export ({@link ExportCancelledException}) leaves no file behind
     */
    public static void write(Path target, Path source, Content content) throws ExportException {
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new ExportException("export.error.directory", target);
        }
        if (sameFile(file, source)) {
            throw new ExportException("book.error.source", target);
        }
        Path temp = null;
        try {
            Path parent = file.getParent();
            Files.createDirectories(parent);
            temp = parent.resolve("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.write(out);
            }
            keepPermissions(temp, file);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (AccessDeniedException e) {
            throw new ExportException(e, "book.error.denied", target);
        } catch (FileAlreadyExistsException | NoSuchFileException e) {
            throw new ExportException(e, "book.error.folder", target);
        } catch (IOException e) {
            throw new ExportException(e, "book.error.write", target, reason(e));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file stays; it is hidden and named after the target
                }
            }
        }
    }

    /**
     * Gives the new file the permissions of the one it replaces (a new file has the folder's defaults), so that a
     * chart or book written again stays readable to whom it was.
     */
    private static void keepPermissions(Path temp, Path target) {
        if (Files.exists(target)) {
            try {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException | IOException e) {
                // not a POSIX file system, or not ours to change: the new file keeps its own permissions
            }
        }
    }

    private static boolean sameFile(Path file, Path source) {
        if (source == null) {
            return false;
        }
        try {
            return Files.exists(file) && Files.exists(source) && Files.isSameFile(file, source);
        } catch (IOException e) {
            return file.equals(source.toAbsolutePath());
        }
    }

    static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}

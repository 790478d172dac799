package com.surveypivot.project;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.surveypivot.export.AtomicFile;
import com.surveypivot.export.ExportException;
import com.surveypivot.i18n.LocalizedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes {@code .surveypivot} files. Writing goes to a temporary file in the same folder and then replaces
 * the old file in one atomic move (never over the survey file). Reading is bounded: a file over {@link #MAX_BYTES}
 * is refused before it is read, the JSON's nesting depth and string sizes are limited, and a file that is not a
 * project, or one of a newer format version, is refused with one translated line.
 */
public final class ProjectStore {
    /** The largest project file read. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private ProjectStore() {
    }

    /**
     * Writes the project to {@code file}.
     *
     * @param source the survey file (never written), or null
     */
    public static void write(ProjectFile project, Path file, Path source) throws ExportException {
        byte[] bytes;
        try {
            bytes = ProjectJson.write(project);
        } catch (IOException e) {
            throw new ExportException(e, "project.error.write", file.getFileName());
        }
        AtomicFile.write(file, source, out -> out.write(bytes));
    }

    /** Reads a project file: its format and version first (a cheap pass), then its content. */
    public static ProjectFile read(Path file) throws LocalizedException {
        Object name = file.getFileName() == null ? file : file.getFileName();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new LocalizedException("project.error.tooLarge", name, MAX_BYTES / (1024 * 1024));
            }
            ProjectJson.Header header;
            try (InputStream in = new BoundedStream(Files.newInputStream(file), MAX_BYTES)) {
                header = ProjectJson.header(in);
            } catch (StreamConstraintsException e) {
                throw new LocalizedException(e, "project.error.tooDeep", name);
            } catch (BoundedStream.TooLarge e) {
                throw new LocalizedException(e, "project.error.tooLarge", name, MAX_BYTES / (1024 * 1024));
            } catch (JacksonException e) {
                throw new LocalizedException(e, "project.error.notJson", name);
            }
            if (header == null || !ProjectJson.FORMAT.equals(header.format()) || header.version() < 1) {
                throw new LocalizedException("project.error.notProject", name);
            }
            if (header.version() > ProjectFile.FORMAT_VERSION) {
                throw new LocalizedException("project.error.newer", name, header.version(),
                        ProjectFile.FORMAT_VERSION);
            }
            try (InputStream in = new BoundedStream(Files.newInputStream(file), MAX_BYTES)) {
                return ProjectJson.project(in);
            } catch (JacksonException | IllegalArgumentException | NullPointerException
                    | BoundedStream.TooLarge e) {
                throw new LocalizedException(e, "project.error.damaged", name);
            }
        } catch (NoSuchFileException e) {
            throw new LocalizedException(e, "project.error.missing", name);
        } catch (IOException e) {
            throw new LocalizedException(e, "project.error.read", name);
        }
    }
}

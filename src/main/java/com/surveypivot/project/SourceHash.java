package com.surveypivot.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.BooleanSupplier;

/** The SHA-256 of a file, streamed (the file is only read), cancellable between blocks. */
public final class SourceHash {
    private static final int BLOCK = 1 << 16;

    private SourceHash() {
    }

    /** The file's SHA-256 as lower-case hex. */
    public static String of(Path file) throws IOException {
        return of(file, () -> false);
    }

    /**
     * The file's SHA-256 as lower-case hex; stops with a {@link java.util.concurrent.CancellationException} when
     * {@code cancelled} says so.
     */
    public static String of(Path file, BooleanSupplier cancelled) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[BLOCK];
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException();
                }
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

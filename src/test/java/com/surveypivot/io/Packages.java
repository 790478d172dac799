package com.surveypivot.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The entries of a zip package in memory, to change some and write it again (tests only). */
final class Packages {
    private Packages() {
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        return entries(Files.readAllBytes(zip));
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> map = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                map.put(e.getName(), in.readAllBytes());
            }
        }
        return map;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** {@code source} written to {@code target} with {@code part} replaced by {@code content}. */
    static Path with(Path source, Path target, String part, byte[] content) throws IOException {
        Map<String, byte[]> entries = entries(source);
        entries.put(part, content);
        return Files.write(target, zip(entries));
    }

    static String text(InputStream in) throws IOException {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
}

package com.surveypivot.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a weight column as CSV (UTF-8 with a BOM for Excel): a header {@code respondent,weight}, then one line per
 * respondent with its id and weight (17 significant digits; empty for no weight). The file is written to a temp
 * file in the same folder and then moved over the target in one step.
 */
public final class WeightsCsv {
    private WeightsCsv() {
    }

    /**
     * @param ids     one id per respondent (the survey's id column, or row numbers)
     * @param weights one weight per respondent (NaN = none)
     */
    public static void write(Path file, String header, List<String> ids, double[] weights) throws ExportException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new ExportException("weighting.error.csvFolder", file);
        }
        Path temp = null;
        try {
            Path parent = target.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            temp = Files.createTempFile(parent, ".weights", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                out.write("respondent," + quote(header) + "\r\n");
                for (int r = 0; r < weights.length; r++) {
                    out.write(quote(ids.get(r)));
                    out.write(',');
                    if (Double.isFinite(weights[r])) {
                        out.write(Double.toString(weights[r]));
                    }
                    out.write("\r\n");
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (AccessDeniedException e) {
            throw new ExportException(e, "weighting.error.csvDenied", file);
        } catch (IOException e) {
            throw new ExportException(e, "weighting.error.csvWrite", file, e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temp file could not be removed; the target is untouched
                }
            }
        }
    }

    private static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}

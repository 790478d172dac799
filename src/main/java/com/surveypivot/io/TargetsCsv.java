package com.surveypivot.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A small CSV of weighting targets: one line per answer, {@code attribute,answer,share} (a header line is allowed;
 * shares in % or as fractions; UTF-8, a BOM is skipped). At most {@link #MAX_BYTES} bytes and {@link #MAX_LINES}
 * lines are read.
 */
public final class TargetsCsv {
    static final long MAX_BYTES = 64 * 1024;
    static final int MAX_LINES = 1000;

    private TargetsCsv() {
    }

    /** attribute → (answer → share as written), in file order. */
    public static Map<String, Map<String, Double>> read(Path file) throws SurveyReadException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SurveyReadException("weighting.error.targetsFile", name);
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SurveyReadException(e, "weighting.error.targetsFile", name);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        try (Reader reader = new StringReader(text)) {
            int lines = 0;
            for (CSVRecord r : CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
                if (++lines > MAX_LINES || r.size() < 3) {
                    throw new SurveyReadException("weighting.error.targetsFile", name);
                }
                String number = r.get(2).strip().replace("%", "");
                double share;
                try {
                    share = Double.parseDouble(number);
                } catch (NumberFormatException e) {
                    if (lines == 1) {
                        continue;           // a header line
                    }
                    throw new SurveyReadException("weighting.error.targetsFile", name);
                }
                out.computeIfAbsent(r.get(0).strip(), a -> new LinkedHashMap<>()).put(r.get(1).strip(), share);
            }
        } catch (IOException | RuntimeException e) {
            throw new SurveyReadException(e, "weighting.error.targetsFile", name);
        }
        if (out.isEmpty()) {
            throw new SurveyReadException("weighting.error.targetsFile", name);
        }
        return out;
    }
}

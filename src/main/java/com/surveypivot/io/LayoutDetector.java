package com.surveypivot.io;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names the survey tool whose export a table looks like: {@code google-forms}, {@code microsoft-forms},
 * {@code surveymonkey}, {@code qualtrics}, {@code limesurvey}, {@code kaggle}, {@code panel} (Japanese research
 * panel raw data: {@code Q1_1 …} columns or a codebook sheet) or {@code generic}.
 */
final class LayoutDetector {
    private static final Set<String> GOOGLE_FIRST = Set.of("timestamp", "タイムスタンプ", "horodateur", "marca temporal",
            "zeitstempel");
    private static final List<Set<String>> MICROSOFT = List.of(
            Set.of("start time", "開始時刻"), Set.of("completion time", "完了時刻"));

    private LayoutDetector() {
    }

    static String layout(RawTable table) {
        if (HeaderRows.QUALTRICS.equals(table.headerKind())) {
            return "qualtrics";
        }
        if (HeaderRows.SURVEYMONKEY.equals(table.headerKind())) {
            return "surveymonkey";
        }
        List<RawColumn> columns = table.columns();
        if (!columns.isEmpty() && GOOGLE_FIRST.contains(lower(columns.get(0).header()))) {
            return "google-forms";
        }
        int microsoft = 0;
        for (Set<String> names : MICROSOFT) {
            for (RawColumn c : columns) {
                if (names.contains(lower(c.header()))) {
                    microsoft++;
                    break;
                }
            }
        }
        if (microsoft == MICROSOFT.size()) {
            return "microsoft-forms";
        }
        boolean groups = false;
        for (RawColumn c : columns) {
            String h = c.header();
            if (h.matches("^[^\\[]+\\[SQ\\d+\\].*")) {
                return "limesurvey";
            }
            if (h.matches("^Q\\d+_Part_\\d+.*")) {
                return "kaggle";
            }
            groups |= HeaderCode.parse(h).stem() != null;
        }
        return groups || !table.codebook().isEmpty() ? "panel" : "generic";
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}

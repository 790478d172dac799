package com.surveypivot.findings;

import java.util.List;

/**
 * What a scan found.
 *
 * @param findings the findings (q below the scan's α, and for cells a gap of at least its minimum), strongest
 *                 first: by |gap| in points for cells, 100 × Cramér's V for tables and options, then by q
 * @param tests    how many tests the scan ran (the Benjamini–Hochberg family)
 * @param tables   how many tables it computed
 * @param alpha    the false discovery rate
 * @param weighted whether the tests used weights
 * @param weight   the weight question's id, or null
 * @param filtered whether only the respondents a filter keeps were scanned
 */
public record ScanResult(List<Finding> findings, int tests, int tables, double alpha, boolean weighted,
        String weight, boolean filtered) {
    public ScanResult {
        findings = List.copyOf(findings);
    }
}

package com.surveypivot.notes;

import com.surveypivot.survey.Question;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Erf;

/**
 * A crosstab of one measure recomputed for tests straight from the respondents: plain loops over respondent indexes
 * and the questions' members, own z formulas; nothing from the analysis or notes packages.
 */
final class IndependentTable {
    final Question question;
    final Question by;
    final boolean[] inBase;
    final boolean[] hit;
    final int totalBase;
    final int totalHits;
    final List<Seg> segments = new ArrayList<>();

    /** One segment: base, hits, share %, test against the Total and its p. */
    record Seg(String label, int base, int hits, double share, double p) {
    }

    /**
     * @param labels the measured answers (their union)
     */
    IndependentTable(Question question, Question by, List<String> labels) {
        this.question = question;
        this.by = by;
        int n = question.respondentCount();
        inBase = new boolean[n];
        hit = new boolean[n];
        int tb = 0;
        int th = 0;
        for (int r = 0; r < n; r++) {
            boolean answered = false;
            for (int c = 0; c < question.categoryCount(); c++) {
                answered |= question.members(c).contains(r);
            }
            answered |= question.isMulti() && question.answered().contains(r);
            boolean inAttribute = false;
            for (int s = 0; s < by.categoryCount(); s++) {
                inAttribute |= by.members(s).contains(r);
            }
            inBase[r] = answered && inAttribute;
            for (String label : labels) {
                int c = question.indexOf(label);
                hit[r] |= c >= 0 && question.members(c).contains(r);
            }
            if (inBase[r]) {
                tb++;
                if (hit[r]) {
                    th++;
                }
            }
        }
        totalBase = tb;
        totalHits = th;
        for (int s = 0; s < by.categoryCount(); s++) {
            int base = 0;
            int hits = 0;
            for (int r = 0; r < n; r++) {
                if (inBase[r] && by.members(s).contains(r)) {
                    base++;
                    if (hit[r]) {
                        hits++;
                    }
                }
            }
            if (base == 0) {
                continue;
            }
            // segment against the respondents of the base outside it (for a single-choice attribute this z equals
            // the cell's adjusted standardised residual of the collapsed table)
            int restBase = totalBase - base;
            int restHits = totalHits - hits;
            double p1 = (double) hits / base;
            double p2 = restBase == 0 ? Double.NaN : (double) restHits / restBase;
            double pooled = (double) totalHits / totalBase;
            double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / base + 1.0 / restBase));
            double z = (p1 - p2) / se;
            double p = Double.isFinite(z) ? Erf.erfc(Math.abs(z) / Math.sqrt(2)) : Double.NaN;
            segments.add(new Seg(by.categories().get(s), base, hits, 100.0 * hits / base, p));
        }
    }

    double totalShare() {
        return 100.0 * totalHits / totalBase;
    }

    Seg segment(String label) {
        return segments.stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
    }

    List<Seg> eligible() {
        return segments.stream().filter(s -> s.base() >= 30).toList();
    }
}

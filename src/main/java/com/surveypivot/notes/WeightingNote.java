package com.surveypivot.notes;

import com.surveypivot.analysis.Crosstab;
import java.util.ArrayList;
import java.util.List;

/**
 * The last note of a weighted table: its tests are on the Kish effective base (Σw)²/Σw² (the one rule of every
 * weighted test in SurveyPivot), with that base and the unweighted n.
 */
final class WeightingNote {
    private WeightingNote() {
    }

    static Findings append(Crosstab table, Findings findings) {
        if (!table.weighted() || findings.claims().isEmpty()) {
            return findings;
        }
        double effective = table.total().effectiveBase();
        if (Double.isNaN(effective)) {
            return findings;
        }
        List<Claim> claims = new ArrayList<>(findings.claims());
        claims.add(new Claim(Claim.WEIGHTED, null, null, null, effective, null, table.total().unweightedBase(), null,
                null));
        return new Findings(claims, findings.nets());
    }
}

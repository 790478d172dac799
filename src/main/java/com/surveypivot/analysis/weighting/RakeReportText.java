package com.surveypivot.analysis.weighting;

import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A raking report as lines of text (the command line's text output and the Weighting dialog's report). */
public final class RakeReportText {
    private RakeReportText() {
    }

    public static List<String> lines(RakeReport r, Locale l) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get(l, r.converged() ? "weighting.report.converged" : "weighting.report.notConverged",
                r.iterations()));
        lines.add(Messages.get(l, "weighting.report.range", fmt(r.min(), 4), fmt(r.max(), 4)));
        lines.add(Messages.get(l, "weighting.report.deff", fmt(r.designEffect(), 4), fmt(100 * r.efficiency(), 1),
                fmt(r.effectiveBase(), 1)));
        lines.add(Messages.get(l, "weighting.report.header"));
        for (RakeReport.TargetCheck t : r.targets()) {
            lines.add(t.attribute() + "\t" + t.answer() + "\t" + fmt(100 * t.sampleShare(), 2) + "%\t"
                    + fmt(100 * t.target(), 2) + "%\t" + fmt(100 * t.achieved(), 2) + "%");
        }
        return lines;
    }

    static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}

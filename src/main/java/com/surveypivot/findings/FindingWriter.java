package com.surveypivot.findings;

import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import java.text.NumberFormat;
import java.util.Locale;

/** Puts findings and the scan's method into sentences, in English or Japanese. */
public final class FindingWriter {
    private FindingWriter() {
    }

    /** The sentence of one finding. */
    public static String sentence(Finding f, Locale locale) {
        String text;
        if (Finding.CELL.equals(f.kind())) {
            String key = f.gap() >= 0 ? "findings.cell.above" : "findings.cell.below";
            text = Messages.get(locale, key, f.segment(), name(f.attribute()), name(f.question()),
                    answer(f, locale), percent(f.value()), percent(f.total()), points(f), count(f.base()),
                    Messages.get(locale, "findings.testName." + f.test()), qText(f.qValue()));
        } else {
            String key = Finding.TABLE.equals(f.kind()) ? "findings.table" : "findings.option";
            text = Messages.get(locale, key, name(f.question()), name(f.attribute()), f.answer(),
                    String.format(Locale.ROOT, "%.1f", f.statistic()), f.df(),
                    String.format(Locale.ROOT, "%.2f", f.effect()), count(f.base()), qText(f.qValue()));
        }
        if (f.hedged()) {
            text = text + Messages.get(locale, "findings.hedge", count(f.base()));
        }
        return text;
    }

    /** How the findings were found, for the top of the list. */
    public static String method(ScanResult result, Locale locale) {
        String text = Messages.get(locale, "findings.method", count(result.tests()), count(result.tables()),
                String.format(Locale.ROOT, "%.0f", result.alpha() * 100), ScanOptions.MIN_BASE,
                ScanOptions.HEDGE_BASE);
        if (result.weighted()) {
            text = text + Messages.get(locale, "findings.method.weighted", result.weight());
        }
        if (result.filtered()) {
            text = text + Messages.get(locale, "findings.method.filtered");
        }
        return text;
    }

    /** A question's name for a sentence: its id, and its text where that says more. */
    public static String name(Question q) {
        if (q == null) {
            return "";
        }
        return q.text() == null || q.text().isBlank() || q.text().equals(q.id()) ? q.id() : q.id() + " " + q.text();
    }

    private static String answer(Finding f, Locale locale) {
        return f.answer();
    }

    /** "q<0.001", or "q=0.012". */
    public static String qText(double q) {
        return q < 0.001 ? "q<0.001" : String.format(Locale.ROOT, "q=%.3f", q);
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** |shown value − shown total| with one decimal, so that the sentence adds up as read. */
    static String points(Finding f) {
        double gap = Math.round(f.value() * 10) / 10.0 - Math.round(f.total() * 10) / 10.0;
        return String.format(Locale.ROOT, "%.1f", Math.abs(gap));
    }

    static String count(int n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }
}

package com.surveypivot.notes;

import com.surveypivot.i18n.Messages;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts claims into sentences, one sentence per claim (aligned with the list given), in English or Japanese.
 * Shares are shown with one decimal; the gap in points is the difference of the shown shares, so that a
 * sentence adds up as the reader checks it. Segments with a base under {@value #HEDGE_BASE} get a caution.
 */
public final class NoteWriter {
    /** Below this unweighted base a claim about a segment is hedged. */
    public static final int HEDGE_BASE = 50;

    private NoteWriter() {
    }

    /** One sentence per claim, in the order given. */
    public static List<String> sentences(List<Claim> claims, Locale locale) {
        List<String> out = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            out.add(sentence(claim, locale));
        }
        return out;
    }

    /** The claims with their sentences. */
    public static List<Note> notes(List<Claim> claims, Locale locale) {
        List<Note> out = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            out.add(new Note(sentence(claim, locale), claim));
        }
        return out;
    }

    /** The sentence for one claim. */
    public static String sentence(Claim claim, Locale locale) {
        String key = switch (claim.kind()) {
            case Claim.OVERALL -> "notes.overall";
            case Claim.HIGHEST -> significantVsRest(claim) ? "notes.highest.significant" : "notes.highest";
            case Claim.LOWEST -> significantVsRest(claim) ? "notes.lowest.significant" : "notes.lowest";
            case Claim.ABOVE_TOTAL -> "notes.above";
            case Claim.BELOW_TOTAL -> "notes.below";
            case Claim.TEST -> claim.answer() == null ? "notes.test.chi" : "notes.test.chi.option";
            case Claim.NO_DIFFERENCE -> Claim.VS_REST.equals(claim.test()) ? "notes.noDifference.vsRest"
                    : claim.answer() == null ? "notes.noDifference.chi" : "notes.noDifference.chi.option";
            case Claim.SMALL_BASE -> "notes.smallBase";
            default -> throw new IllegalArgumentException("unknown claim kind " + claim.kind());
        };
        String text = Messages.get(locale, key, claim.segment(), claim.answer(), percent(claim.value()),
                percent(claim.total()), points(claim), count(claim.base(), locale), pText(claim.pValue(), locale));
        boolean aboutSegment = claim.segment() != null && !Claim.SMALL_BASE.equals(claim.kind());
        if (aboutSegment && claim.base() != null && claim.base() < HEDGE_BASE) {
            text = text + Messages.get(locale, "notes.hedge", count(claim.base(), locale));
        }
        return text;
    }

    private static boolean significantVsRest(Claim claim) {
        return Claim.VS_REST.equals(claim.test()) && claim.isSignificant();
    }

    private static String percent(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** |shown value − shown total| with one decimal. */
    private static String points(Claim claim) {
        if (claim.value() == null || claim.total() == null) {
            return "";
        }
        double gap = round1(claim.value()) - round1(claim.total());
        return String.format(Locale.ROOT, "%.1f", Math.abs(gap));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String count(Integer n, Locale locale) {
        return n == null ? "" : NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    /** "p=0.012", or "p<0.001" far into the tail. */
    static String pText(Double p, Locale locale) {
        if (p == null) {
            return "";
        }
        return p < 0.001 ? "p<0.001" : String.format(Locale.ROOT, "p=%.3f", p);
    }
}

package com.surveypivot.notes;

import com.surveypivot.i18n.Messages;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts claims into sentences, one sentence per claim (aligned with the list given), in English or Japanese.
 * Shares are shown with one decimal, means with two; the gap in points is the difference of the shown shares, so
 * that a sentence adds up as the reader checks it. Claims about a segment with a base under {@value #HEDGE_BASE}
 * get a caution.
 */
public final class NoteWriter {
    /** Below this unweighted base a claim about a segment is hedged. */
    public static final int HEDGE_BASE = 50;

    private NoteWriter() {
    }

    /** One sentence per claim, in the order given (NETs named only by their names). */
    public static List<String> sentences(List<Claim> claims, Locale locale) {
        return notes(new Findings(claims, Map.of()), locale).stream().map(Note::text).toList();
    }

    /** The claims with their sentences (NETs named only by their names). */
    public static List<Note> notes(List<Claim> claims, Locale locale) {
        return notes(new Findings(claims, Map.of()), locale);
    }

    /** The claims with their sentences; the overall sentence of a NET says which answers it sums. */
    public static List<Note> notes(Findings findings, Locale locale) {
        List<Note> out = new ArrayList<>(findings.claims().size());
        Claim previous = null;
        for (Claim claim : findings.claims()) {
            String text = sentence(claim, findings.nets(), locale);
            if (Claim.OVERALL.equals(claim.kind()) && previous != null && Claim.OVERALL.equals(previous.kind())
                    && Claim.SHARE.equals(claim.measure()) && !findings.nets().containsKey(claim.answer())) {
                text = Messages.get(locale, "notes.overall.measure", null, answer(claim.answer(), locale),
                        percent(claim.value()), null, null, count(claim.base()));
            }
            if (Claim.RANKING.equals(claim.kind()) && previous != null && Claim.RANKING.equals(previous.kind())) {
                text = sentence(new Claim("ranking.next", claim.segment(), claim.answer(), claim.measure(),
                        claim.value(), claim.total(), claim.base(), claim.test(), claim.pValue()), findings.nets(),
                        locale);
            }
            out.add(new Note(text, claim));
            previous = claim;
        }
        return out;
    }

    /** The sentence for one claim. */
    public static String sentence(Claim claim, Locale locale) {
        return sentence(claim, Map.of(), locale);
    }

    private static String sentence(Claim claim, Map<String, List<String>> nets, Locale locale) {
        String key = switch (claim.kind()) {
            case Claim.OVERALL -> overallKey(claim, nets);
            case Claim.LEADING -> "notes.leading";
            case Claim.LEADING_EVERYWHERE -> "notes.leadingEverywhere";
            case Claim.SEGMENT_LEADING -> "notes.segmentLeading";
            case Claim.LEADING_ELSEWHERE -> "notes.leadingElsewhere";
            case Claim.ABOVE_TOTAL -> "notes.above";
            case Claim.BELOW_TOTAL -> "notes.below";
            case Claim.HIGHEST -> "notes.highest";
            case Claim.RANKING -> "notes.ranking";
            case "ranking.next" -> "notes.ranking.next";
            case Claim.LOWEST -> "notes.lowest";
            case Claim.OPTION_DIFFERS -> claim.segment() == null ? "notes.optionDiffers.chi" : "notes.optionDiffers.vsRest";
            case Claim.TEST -> "notes.test.chi";
            case Claim.NO_DIFFERENCE -> Claim.CHI_SQUARE.equals(claim.test()) ? "notes.noDifference.chi"
                    : "notes.noDifference.measure";
            case Claim.SMALL_BASE -> "notes.smallBase";
            case Claim.STRONGEST -> claim.gap() >= 0 ? "findings.notes.strongest.above" : "findings.notes.strongest.below";
            case Claim.MEAN_ABOVE -> "findings.notes.mean.above";
            case Claim.MEAN_BELOW -> "findings.notes.mean.below";
            case Claim.CORRECTION -> "findings.notes.correction";
            case Claim.UNWEIGHTED -> "findings.map.unweighted";
            case Claim.WEIGHTED -> "weighting.note";
            default -> throw new IllegalArgumentException("unknown claim kind " + claim.kind());
        };
        if (Claim.CORRECTION.equals(claim.kind())) {
            return Messages.get(locale, "findings.notes.correction", count(claim.base()),
                    count(claim.value() == null ? 0 : (int) Math.round(claim.value())));
        }
        boolean mean = Claim.MEAN.equals(claim.measure());
        String text = Messages.get(locale, key, claim.segment(), answer(claim.answer(), locale),
                mean ? decimal2(claim.value()) : percent(claim.value()), mean ? decimal2(claim.total())
                        : percent(claim.total()), points(claim), count(claim.base()), pText(claim.pValue()),
                testName(claim.test(), locale), members(claim.answer() == null ? null : nets.get(claim.answer()), locale));
        boolean aboutSegment = claim.segment() != null && !Claim.SMALL_BASE.equals(claim.kind());
        if (aboutSegment && claim.base() != null && claim.base() < HEDGE_BASE) {
            text = text + Messages.get(locale, "notes.hedge", count(claim.base()));
        }
        return text;
    }

    private static String overallKey(Claim claim, Map<String, List<String>> nets) {
        if (Claim.MEAN.equals(claim.measure())) {
            return "notes.overall.mean";
        }
        if (claim.answer() != null && nets.containsKey(claim.answer())) {
            return "notes.overall.net";
        }
        if (Claim.TOP2.equals(claim.answer())) {
            return "notes.overall.measure";
        }
        return "notes.overall";
    }

    /** The display name of an answer or NET ({@code TOP2} is written out). */
    static String answer(String answer, Locale locale) {
        if (answer == null) {
            return null;
        }
        return Claim.TOP2.equals(answer) ? Messages.get(locale, "notes.top2") : answer;
    }

    private static String members(List<String> labels, Locale locale) {
        if (labels == null) {
            return "";
        }
        return String.join(Messages.get(locale, "notes.net.separator"),
                labels.stream().map(l -> Messages.get(locale, "notes.net.member", l)).toList());
    }

    static String testName(String test, Locale locale) {
        return test == null ? "" : Messages.get(locale, "notes.testName." + test);
    }

    static String percent(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String decimal2(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** |shown value − shown total| with one decimal. */
    static String points(Claim claim) {
        if (claim.value() == null || claim.total() == null) {
            return "";
        }
        double gap = round1(claim.value()) - round1(claim.total());
        return String.format(Locale.ROOT, "%.1f", Math.abs(gap));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static String count(Integer n) {
        return n == null ? "" : NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    /** "p=0.012", or "p<0.001" far into the tail. */
    static String pText(Double p) {
        if (p == null) {
            return "";
        }
        return p < 0.001 ? "p<0.001" : String.format(Locale.ROOT, "p=%.3f", p);
    }
}

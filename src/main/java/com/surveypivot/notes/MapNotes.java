package com.surveypivot.notes;

import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.analysis.SegmentMapData;
import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The notes of a two-question segment map: each segment's quadrant in plain words, named by the two measures
 * ("営業・営業企画：「連携が不十分」は多いが、「悩んでいる」は少ない"), only where both gaps to the Total are
 * significant and both bases are at least 30 ({@link SegmentMapData.Point#significant()}); and the four corner
 * captions for the image in the same words.
 */
public final class MapNotes {
    private MapNotes() {
    }

    /**
     * One {@code quadrant} claim per significant segment, strongest (largest combined gap) first; {@code answer} is
     * "X name × Y name", {@code value}/{@code total} the X shares, {@code pValue} the larger of the two axes' p
     * (both tests are vs-rest).
     */
    public static List<Claim> claims(SegmentMapData data, String xName, String yName) {
        List<SegmentMapData.Point> points = new ArrayList<>(data.segments().stream()
                .filter(SegmentMapData.Point::significant).toList());
        points.sort((a, b) -> Double.compare(Math.hypot(b.gapX(), b.gapY()), Math.hypot(a.gapX(), a.gapY())));
        List<Claim> out = new ArrayList<>();
        for (SegmentMapData.Point p : points) {
            out.add(new Claim(Claim.QUADRANT, p.label(), xName + " × " + yName, Claim.SHARE, p.x().percent(),
                    data.totalX().percent(), p.base(), Claim.VS_REST,
                    Math.max(p.testX().pValue(), p.testY().pValue())));
        }
        return out;
    }

    /** The sentences of {@link #claims} (a sentence saying so when no segment differs on both axes). */
    public static List<Note> notes(SegmentMapData data, String xName, String yName, Locale locale) {
        List<Note> out = new ArrayList<>();
        for (Claim claim : claims(data, xName, yName)) {
            SegmentMapData.Point p = data.segments().stream().filter(s -> s.label().equals(claim.segment()))
                    .findFirst().orElseThrow();
            String key = "notes.quadrant." + suffix(p.quadrant());
            out.add(new Note(Messages.get(locale, key, p.label(), xName, NoteWriter.percent(p.x().percent()),
                    NoteWriter.percent(data.totalX().percent()), yName, NoteWriter.percent(p.y().percent()),
                    NoteWriter.percent(data.totalY().percent()), NoteWriter.count(p.base()),
                    NoteWriter.pText(claim.pValue())), claim));
        }
        if (out.isEmpty()) {
            out.add(new Note(Messages.get(locale, "notes.quadrant.none"), new Claim(Claim.NO_DIFFERENCE, null,
                    xName + " × " + yName, Claim.SHARE, null, null,
                    Math.min(data.totalX().base(), data.totalY().base()), Claim.VS_REST, null)));
        }
        return out;
    }

    /**
     * The corner captions in the order of {@code chart.SegmentMapModel.QuadrantCaptions}: high X/high Y, low X/high Y,
     * low X/low Y, high X/low Y.
     */
    public static List<String> captions(String xName, String yName, Locale locale) {
        return List.of(Messages.get(locale, "notes.caption.highHigh", xName, yName),
                Messages.get(locale, "notes.caption.lowHigh", xName, yName),
                Messages.get(locale, "notes.caption.lowLow", xName, yName),
                Messages.get(locale, "notes.caption.highLow", xName, yName));
    }

    /** The default plain name of a measure: the answer, or its answers joined (a NET or a top-2 box). */
    public static String name(MapMeasure measure, Locale locale) {
        List<String> labels = measure.answerLabels();
        return labels.size() == 1 ? labels.get(0)
                : String.join(Messages.get(locale, "notes.net.separator").strip().isEmpty() ? "+"
                        : Messages.get(locale, "notes.net.separator").strip(), labels);
    }

    private static String suffix(SegmentMapData.Quadrant q) {
        return switch (q) {
            case HIGH_X_HIGH_Y -> "highHigh";
            case HIGH_X_LOW_Y -> "highLow";
            case LOW_X_HIGH_Y -> "lowHigh";
            case LOW_X_LOW_Y -> "lowLow";
        };
    }
}

package com.surveypivot.ui;

import com.surveypivot.chart.SegmentMapModel;
import com.surveypivot.i18n.Messages;
import com.surveypivot.notes.Claim;
import com.surveypivot.notes.Note;
import com.surveypivot.notes.NoteWriter;
import com.surveypivot.survey.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The segment map is unweighted (its points are plain counts). Where the tables are weighted, the map says so: in
 * its subtitle (so on the saved image and the clipboard too) and as the first of its notes in the pane.
 */
final class MapWeightNotice {
    private MapWeightNotice() {
    }

    /** The map with "(unweighted)" after its subtitle when a weight is chosen for the tables. */
    static SegmentMapModel mark(SegmentMapModel m, Question weight, Locale locale) {
        if (weight == null || m == null) {
            return m;
        }
        String mark = Messages.get(locale, "findings.map.unweightedMark");
        String subtitle = m.subtitle().isEmpty() ? mark : m.subtitle() + " " + mark;
        return new SegmentMapModel(m.title(), subtitle, m.xTitle(), m.yTitle(), m.xAxis(), m.yAxis(), m.totalX(),
                m.totalY(), m.totalLabel(), m.totalXText(), m.totalYText(), m.points(), m.quadrants(), m.key());
    }

    /** The map's notes, after a sentence saying that the weight is not applied to it when one is chosen. */
    static List<Note> notes(List<Note> notes, Question weight, Locale locale) {
        if (weight == null) {
            return notes;
        }
        List<Note> out = new ArrayList<>();
        Claim claim = new Claim(Claim.UNWEIGHTED, null, weight.id(), null, null, null, null, null, null);
        out.add(new Note(NoteWriter.sentence(claim, locale), claim));
        out.addAll(notes);
        return out;
    }
}

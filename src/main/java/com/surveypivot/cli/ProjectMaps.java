package com.surveypivot.cli;

import com.surveypivot.analysis.SegmentMapData;
import com.surveypivot.chart.ChartImages;
import com.surveypivot.chart.SegmentMapModel;
import com.surveypivot.export.PictureSlide;
import com.surveypivot.export.SafeText;
import com.surveypivot.notes.MapNotes;
import com.surveypivot.notes.Note;
import com.surveypivot.project.EntryMaps;
import com.surveypivot.project.MapSpec;
import com.surveypivot.project.SavedEntry;
import com.surveypivot.survey.Survey;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A saved map entry as a picture slide, drawn the way the {@code map} command draws it: each segment of the entry's
 * attribute at its share on the two measures (within the entry's filter), the Totals as cross-lines, the quadrant
 * captions, and its notes with the user's note after them.
 */
final class ProjectMaps {
    private static final double SCALE = 2;

    private ProjectMaps() {
    }

    /** The entry's slide; empty when the survey gives no map for it. */
    static Optional<PictureSlide> slide(Survey survey, SavedEntry entry, Locale locale) {
        MapSpec map = entry.map();
        Optional<SegmentMapData> computed = EntryMaps.data(survey, entry);
        if (computed.isEmpty()) {
            return Optional.empty();
        }
        SegmentMapData data = computed.get();
        String nameX = map.xName().isBlank() ? MapNotes.name(data.x(), locale) : map.xName();
        String nameY = map.yName().isBlank() ? MapNotes.name(data.y(), locale) : map.yName();
        List<String> captions = MapNotes.captions(nameX, nameY, locale);
        SegmentMapModel model = SegmentMapModel.from(data, locale).withQuadrants(new SegmentMapModel.QuadrantCaptions(
                captions.get(0), captions.get(1), captions.get(2), captions.get(3)));
        ChartImages.useHeadlessToolkit();
        BufferedImage image = ChartImages.render(model, SCALE);
        List<String> notes = new ArrayList<>();
        for (Note note : MapNotes.notes(data, nameX, nameY, locale)) {
            notes.add(SafeText.of(note.text()));
        }
        if (!entry.note().isBlank()) {
            notes.add(SafeText.of(entry.note().strip()));
        }
        String title = entry.name().isBlank() ? nameX + " × " + nameY : entry.name();
        String subtitle = data.x().question().id() + " × " + data.y().question().id() + " / " + data.by().id();
        return Optional.of(new PictureSlide(SafeText.of(title), SafeText.of(subtitle), image, notes, ""));
    }
}

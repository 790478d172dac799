package com.surveypivot.ui;

import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.analysis.SegmentMapData;
import com.surveypivot.chart.SegmentMapModel;
import com.surveypivot.notes.MapNotes;
import com.surveypivot.notes.Note;
import com.surveypivot.project.EntryMaps;
import com.surveypivot.project.MapSpec;
import com.surveypivot.project.SavedEntry;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotSpecs;
import java.util.List;
import java.util.Locale;

/**
 * The segment map of a saved entry: its axes taken from the map tab ({@link #specOf}), put back on it
 * ({@link #show}), and drawn again from the survey for an export ({@link #compute}) as the map tab draws it.
 */
final class OutlineMaps {
    private OutlineMaps() {
    }

    /** A map entry's picture and notes. */
    record Drawn(SegmentMapModel model, List<Note> notes) {
    }

    /** The map tab's axes as a saved map; null when an axis has no question or measure. */
    static MapSpec specOf(SegmentMapViewModel map) {
        MapMeasure x = map.x().measureProperty().get();
        MapMeasure y = map.y().measureProperty().get();
        if (x == null || y == null) {
            return null;
        }
        return new MapSpec(x.question().id(), answers(x), ownName(map, x, map.x().nameProperty().get()),
                y.question().id(), answers(y), ownName(map, y, map.y().nameProperty().get()));
    }

    /** The default measure is saved as no answers (it follows the question's scale when the survey is read again). */
    private static List<String> answers(MapMeasure measure) {
        return measure.equals(MapMeasure.defaultFor(measure.question())) ? List.of() : measure.answerLabels();
    }

    private static String ownName(SegmentMapViewModel map, MapMeasure measure, String shown) {
        String automatic = SegmentMapViewModel.defaultName(measure, Locale.JAPANESE);
        String automaticEn = SegmentMapViewModel.defaultName(measure, Locale.ENGLISH);
        return shown == null || shown.equals(automatic) || shown.equals(automaticEn) ? "" : shown;
    }

    /** Whether the survey still has the map's questions and answers. */
    static boolean fits(Survey survey, MapSpec spec) {
        try {
            measure(survey, spec.xQuestion(), spec.xAnswers());
            measure(survey, spec.yQuestion(), spec.yAnswers());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static MapMeasure measure(Survey survey, String questionId, List<String> answers) {
        Question q = PivotSpecs.byId(survey, questionId);
        if (q == null) {
            throw new IllegalArgumentException(questionId);
        }
        return MapMeasure.of(q, answers);
    }

    /** Puts a saved map's axes (questions, measures, names) on the map tab. */
    static void show(SegmentMapViewModel map, Survey survey, MapSpec spec) {
        axis(map.x(), measure(survey, spec.xQuestion(), spec.xAnswers()), spec.xName());
        axis(map.y(), measure(survey, spec.yQuestion(), spec.yAnswers()), spec.yName());
    }

    private static void axis(SegmentMapViewModel.Axis axis, MapMeasure measure, String name) {
        axis.questionProperty().set(measure.question());
        if (measure.kind() == MapMeasure.Kind.NET && !axis.measures().contains(measure)) {
            axis.useNet(measure.answerLabels(), name);
            return;
        }
        axis.measureProperty().set(measure);
        if (!name.isBlank()) {
            axis.nameProperty().set(name);
        }
    }

    /** The map of an entry drawn from the survey (its attribute and filter from the entry's state); null if none. */
    static Drawn compute(Survey survey, SavedEntry entry, Locale locale) {
        MapSpec spec = entry.map();
        SegmentMapData data = EntryMaps.data(survey, entry).orElse(null);
        if (data == null) {
            return null;
        }
        MapMeasure x = data.x();
        MapMeasure y = data.y();
        String nameX = spec.xName().isBlank() ? SegmentMapViewModel.defaultName(x, locale) : spec.xName();
        String nameY = spec.yName().isBlank() ? SegmentMapViewModel.defaultName(y, locale) : spec.yName();
        List<String> captions = MapNotes.captions(nameX, nameY, locale);
        Question weight = PivotSpecs.byId(survey, entry.state().weight());
        SegmentMapModel model = MapWeightNotice.mark(SegmentMapModel.from(data, locale).withQuadrants(
                new SegmentMapModel.QuadrantCaptions(captions.get(0), captions.get(1), captions.get(2),
                        captions.get(3))), weight, locale);
        return new Drawn(model, MapWeightNotice.notes(MapNotes.notes(data, nameX, nameY, locale), weight, locale));
    }
}

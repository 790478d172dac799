package com.surveypivot.project;

import com.surveypivot.analysis.Filter;
import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.analysis.SegmentMapData;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotSpecs;
import java.util.Optional;

/**
 * The numbers of a saved map entry on a survey: each segment of the entry's attribute at its share on the two saved
 * measures, within the entry's filter. The window's exports and the command line's project export draw and name the
 * map from these.
 */
public final class EntryMaps {
    private EntryMaps() {
    }

    /**
     * The map's numbers; empty for a table entry, or when the survey lacks a question or answer the map uses, or the
     * map has no segment.
     */
    public static Optional<SegmentMapData> data(Survey survey, SavedEntry entry) {
        MapSpec spec = entry.map();
        if (spec == null) {
            return Optional.empty();
        }
        Question x = PivotSpecs.byId(survey, spec.xQuestion());
        Question y = PivotSpecs.byId(survey, spec.yQuestion());
        Question by = PivotSpecs.byId(survey, entry.state().attribute());
        if (x == null || y == null || by == null) {
            return Optional.empty();
        }
        SegmentMapData data;
        try {
            Filter filter = PivotSpecs.filter(survey, entry.state());
            data = SegmentMapData.compute(MapMeasure.of(x, spec.xAnswers()), MapMeasure.of(y, spec.yAnswers()), by,
                    filter == null ? null : filter.select(by.respondentCount()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return data.segments().isEmpty() ? Optional.empty() : Optional.of(data);
    }
}

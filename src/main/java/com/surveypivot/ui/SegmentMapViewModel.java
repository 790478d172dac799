package com.surveypivot.ui;

import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.analysis.SegmentMapData;
import com.surveypivot.analysis.Filter;
import com.surveypivot.chart.SegmentMapModel;
import com.surveypivot.notes.MapNotes;
import com.surveypivot.notes.Note;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The two-question segment map's state: question X and the answer, NET or top-2 box measured on it, question Y
 * likewise, and the map of the main window's current attribute. Each question's measure defaults to its top-2
 * box (4- or 5-point scales) or its first answer; the user can add a NET of several answers. Each measure has a
 * plain name (the answers joined, shortened, or the user's own) that the quadrant notes and the map's corner
 * captions use. The map follows the table options' filter; weights are not applied (the map is unweighted).
 */
public final class SegmentMapViewModel {
    private final ObservableValue<Question> attribute;
    private final ObservableValue<Locale> locale;
    private final UiText text;
    private final TableOptionsModel options;
    private final MapMeasureNames names;
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final Axis x = new Axis();
    private final Axis y = new Axis();
    private final ReadOnlyObjectWrapper<SegmentMapData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SegmentMapModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean updating;

    /** One axis: its question, the measures it offers, the one chosen and its name. */
    public final class Axis {
        private final ObjectProperty<Question> question = new SimpleObjectProperty<>();
        private final ObservableList<MapMeasure> measures = FXCollections.observableArrayList();
        private final ObjectProperty<MapMeasure> measure = new SimpleObjectProperty<>();
        private final StringProperty name = new SimpleStringProperty("");
        private boolean naming;

        private Axis() {
            question.addListener((obs, old, q) -> {
                boolean outer = updating;
                updating = true;
                measures.setAll(q == null ? List.of() : names.offered(q));
                measure.set(measures.isEmpty() ? null : measures.get(0));
                updating = outer;
                recompute();
            });
            measure.addListener((obs, old, m) -> {
                showName();
                recompute();
            });
            name.addListener((obs, old, n) -> {
                MapMeasure m = measure.get();
                if (naming || m == null) {
                    return;
                }
                names.rename(m, n);
                relabel();
            });
        }

        /**
         * Measures a NET of the question's answers (labels as in its categories; one label is that answer alone)
         * under a name (blank: the answers joined), and offers it in the measure list from then on.
         *
         * @throws IllegalArgumentException (translated message) for an answer the question does not have
         */
        public void useNet(List<String> labels, String netName) {
            Question q = question.get();
            if (q == null) {
                return;
            }
            MapMeasure net = MapMeasure.of(q, labels);
            names.nameNet(net, netName);
            if (!measures.contains(net)) {
                names.addNet(q, net);
                measures.add(net);
            }
            if (net.equals(measure.get())) {
                showName();
                relabel();
            } else {
                measure.set(net);
            }
        }

        /** The name field is done with: a table NET measured here takes the name typed (see MapMeasureNames). */
        public void commitName() {
            MapMeasure m = measure.get();
            if (m != null && names.commitName(m, name.get())) {
                showName();
                relabel();
            }
        }

        private void showName() {
            MapMeasure m = measure.get();
            naming = true;
            name.set(m == null ? "" : nameOf(m));
            naming = false;
        }

        /** The name the notes and captions use for the chosen measure. */
        String currentName() {
            MapMeasure m = measure.get();
            return m == null ? "" : nameOf(m);
        }

        public ObjectProperty<Question> questionProperty() {
            return question;
        }

        public ObservableList<MapMeasure> measures() {
            return measures;
        }

        public ObjectProperty<MapMeasure> measureProperty() {
            return measure;
        }

        /** The chosen measure's name; editing it renames the measure (blank: back to the answers joined). */
        public StringProperty nameProperty() {
            return name;
        }
    }

    SegmentMapViewModel(ObservableValue<Question> attribute, ObservableValue<Locale> locale, UiText text,
            TableOptionsModel options) {
        this.attribute = attribute;
        this.locale = locale;
        this.text = text;
        this.options = options;
        this.names = new MapMeasureNames(locale, text);
        attribute.addListener((obs, old, a) -> recompute());
        locale.addListener((obs, old, l) -> {
            x.showName();
            y.showName();
            recompute();
        });
        options.addListener(o -> recompute());
    }

    /**
     * Offers the table's NETs (the workspace's answer edits) as measures of their questions, and makes a NET made on
     * the map a NET of the table (one undoable step): one definition serves the chart, the grid, the notes, the tests
     * and the map.
     */
    void followTable(WorkspaceModel workspace) {
        names.followTable(workspace);
        workspace.stateProperty().addListener((obs, old, s) -> {
            if (old == null || !old.answers().equals(s.answers())) {
                refreshOffered(x);
                refreshOffered(y);
            }
        });
    }

    /** Offers an axis' question's measures again (the table's NETs changed); keeps the chosen one if still there. */
    private void refreshOffered(Axis axis) {
        Question q = axis.question.get();
        if (q == null) {
            return;
        }
        List<MapMeasure> now = names.offered(q);
        if (now.equals(axis.measures)) {
            axis.showName();
            relabel();
            return;
        }
        MapMeasure chosen = axis.measure.get();
        boolean outer = updating;
        updating = true;
        axis.measures.setAll(now);
        axis.measure.set(now.contains(chosen) ? chosen : now.get(0));
        updating = outer;
        axis.showName();
        recompute();
    }

    /** The questions a map can measure (crossable, not grids); X the given one, Y the next one after it. */
    void reset(List<Question> crossable, Question first) {
        updating = true;
        names.keepNetsOf(crossable);
        questions.setAll(crossable.stream().filter(q -> q.type() != QuestionType.GRID && q.categoryCount() > 0)
                .toList());
        Question qx = first != null && questions.contains(first) ? first : questions.isEmpty() ? null
                : questions.get(0);
        Question qy = null;
        if (qx != null) {
            int at = questions.indexOf(qx);
            for (int i = 1; i < questions.size() && qy == null; i++) {
                Question candidate = questions.get((at + i) % questions.size());
                if (candidate != attribute.getValue()) {
                    qy = candidate;
                }
            }
        }
        x.question.set(null);
        y.question.set(null);
        x.question.set(qx);
        y.question.set(qy);
        updating = false;
        recompute();
    }

    /** A measure in words, for the pickers: the answer, "Top 2 (A + B)" or "NET (name)". */
    String describe(MapMeasure measure) {
        return names.describe(measure);
    }

    /** The user's name of a measure, else its answers joined and shortened. */
    String nameOf(MapMeasure measure) {
        return names.nameOf(measure);
    }

    /** The default name of a measure (see {@link MapMeasureNames#defaultName}). */
    static String defaultName(MapMeasure measure, Locale locale) {
        return MapMeasureNames.defaultName(measure, locale);
    }

    private void recompute() {
        if (updating) {
            return;
        }
        MapMeasure mx = x.measure.get();
        MapMeasure my = y.measure.get();
        Question by = attribute.getValue();
        SegmentMapData computed = null;
        String why = "";
        if (mx == null || my == null) {
            why = text.get("map.pickQuestions");
        } else if (by == null) {
            why = text.get("map.pickAttribute");
        } else {
            try {
                Filter filter = options.filter();
                RespondentSet keep = filter == null ? null : filter.select(by.respondentCount());
                computed = SegmentMapData.compute(mx, my, by, keep);
                if (computed.segments().isEmpty()) {
                    computed = null;
                    why = text.get("map.empty");
                }
            } catch (IllegalArgumentException e) {
                why = e.getMessage();
            }
        }
        data.set(computed);
        problem.set(why);
        relabel();
    }

    /** The map's picture and notes from the data and the measures' names, in the current language. */
    private void relabel() {
        SegmentMapData computed = data.get();
        if (computed == null) {
            model.set(null);
            notes.clear();
            return;
        }
        Locale l = locale.getValue();
        String nameX = x.currentName();
        String nameY = y.currentName();
        List<String> captions = MapNotes.captions(nameX, nameY, l);
        model.set(MapWeightNotice.mark(SegmentMapModel.from(computed, l).withQuadrants(
                new SegmentMapModel.QuadrantCaptions(captions.get(0), captions.get(1), captions.get(2),
                        captions.get(3))), options.weightProperty().get(), l));
        notes.setAll(MapWeightNotice.notes(MapNotes.notes(computed, nameX, nameY, l), options.weightProperty().get(),
                l));
    }

    /**
     * What the user's note on the map is kept under: the two questions with their measures and the attribute
     * ("" when there is no map).
     */
    String noteKey() {
        SegmentMapData d = data.get();
        if (d == null) {
            return "";
        }
        return "map\u0000" + measureKey(d.x()) + "\u0000" + measureKey(d.y()) + "\u0000" + d.by().id();
    }

    private static String measureKey(MapMeasure m) {
        return m.question().id() + "=" + m.kind() + m.answers();
    }

    /** The quadrant notes of the map shown (with their evidence). */
    public ObservableList<Note> notes() {
        return notes;
    }

    /** The file name offered when saving the map: {@code <X>_x_<Y>_by_<A>.png}. */
    String defaultImageName() {
        SegmentMapData d = data.get();
        String name = d == null ? "map"
                : d.x().question().id() + "_x_" + d.y().question().id() + "_by_" + d.by().id();
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".png";
    }

    public ObservableList<Question> questions() {
        return questions;
    }

    public Axis x() {
        return x;
    }

    public Axis y() {
        return y;
    }

    public ReadOnlyObjectProperty<SegmentMapData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SegmentMapModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** Why there is no map ("" when there is one). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}

package com.surveypivot.ui;

import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.analysis.SegmentMapData;
import com.surveypivot.chart.SegmentMapModel;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The two-question segment map's state: question X and the answer, NET or top-2 box measured on it, question Y
 * likewise, and the map of the main window's current attribute. Each question's measure defaults to its top-2
 * box (4- or 5-point scales) or its first answer.
 */
public final class SegmentMapViewModel {
    private final ObservableValue<Question> attribute;
    private final ObservableValue<Locale> locale;
    private final UiText text;
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final Axis x = new Axis();
    private final Axis y = new Axis();
    private final ReadOnlyObjectWrapper<SegmentMapData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SegmentMapModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean updating;

    /** One axis: its question, the measures it offers and the one chosen. */
    public final class Axis {
        private final ObjectProperty<Question> question = new SimpleObjectProperty<>();
        private final ObservableList<MapMeasure> measures = FXCollections.observableArrayList();
        private final ObjectProperty<MapMeasure> measure = new SimpleObjectProperty<>();

        private Axis() {
            question.addListener((obs, old, q) -> {
                boolean outer = updating;
                updating = true;
                measures.setAll(q == null ? List.of() : measuresOf(q));
                measure.set(measures.isEmpty() ? null : measures.get(0));
                updating = outer;
                recompute();
            });
            measure.addListener((obs, old, m) -> recompute());
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
    }

    SegmentMapViewModel(ObservableValue<Question> attribute, ObservableValue<Locale> locale, UiText text) {
        this.attribute = attribute;
        this.locale = locale;
        this.text = text;
        attribute.addListener((obs, old, a) -> recompute());
        locale.addListener((obs, old, l) -> recompute());
    }

    /** The questions a map can measure (crossable, not grids); X the given one, Y the next one after it. */
    void reset(List<Question> crossable, Question first) {
        updating = true;
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

    /** The measures a question offers: its default first, then each answer alone. */
    static List<MapMeasure> measuresOf(Question question) {
        List<MapMeasure> out = new ArrayList<>();
        MapMeasure first = MapMeasure.defaultFor(question);
        out.add(first);
        for (int c = 0; c < question.categoryCount(); c++) {
            MapMeasure single = new MapMeasure(question, MapMeasure.Kind.ANSWER, List.of(c));
            if (!single.equals(first)) {
                out.add(single);
            }
        }
        return out;
    }

    /** A measure in words, for the pickers: the answer, or "Top 2 (A + B)". */
    String describe(MapMeasure measure) {
        List<String> labels = measure.answerLabels();
        return switch (measure.kind()) {
            case ANSWER -> labels.get(0);
            case TOP_TWO -> text.get("map.topTwo", labels.get(0), labels.get(1));
            case NET -> text.get("map.net", String.join(" + ", labels));
        };
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
                computed = SegmentMapData.compute(mx, my, by);
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
        model.set(computed == null ? null : SegmentMapModel.from(computed, locale.getValue()));
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

package com.surveypivot.ui;

import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ObservableValue;

/**
 * The segment map's measures and their names: which measures a question offers (its default, each answer alone,
 * the table's NETs of it and the NETs made on the map), the user's own names of them, and the default names (the
 * answers joined, shortened) used where there is none.
 */
final class MapMeasureNames {
    /** A default name longer than this many characters has each answer cut to its share of it. */
    static final int NAME_LENGTH = 24;

    private final ObservableValue<Locale> locale;
    private final UiText text;
    private final Map<MapMeasure, String> names = new HashMap<>();
    private final Map<Question, List<MapMeasure>> nets = new HashMap<>();
    private MapTableNets tableNets = MapTableNets.NONE;

    MapMeasureNames(ObservableValue<Locale> locale, UiText text) {
        this.locale = locale;
        this.text = text;
    }

    /** Takes the table's NETs (the workspace's answer edits) as measures, and makes NETs made on the map there. */
    void followTable(WorkspaceModel workspace) {
        tableNets = new MapTableNets(workspace);
    }

    /** Forgets the map's own NETs of questions no longer offered. */
    void keepNetsOf(List<Question> crossable) {
        nets.keySet().retainAll(crossable);
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

    /** The measures offered for a question: {@link #measuresOf}, the table's NETs of it and the map's own. */
    List<MapMeasure> offered(Question question) {
        List<MapMeasure> out = new ArrayList<>(measuresOf(question));
        for (MapMeasure net : tableNets.of(question).keySet()) {
            if (!out.contains(net)) {
                out.add(net);
            }
        }
        for (MapMeasure net : nets.getOrDefault(question, List.of())) {
            if (!out.contains(net)) {
                out.add(net);
            }
        }
        return out;
    }

    /**
     * Names a NET (blank: the answers joined): makes it a NET of the table when the map follows one, else keeps the
     * name as the map's own.
     */
    void nameNet(MapMeasure net, String netName) {
        if (tableNets.make(net, netName == null || netName.isBlank() ? defaultName(net, locale.getValue())
                : netName.strip())) {
            names.remove(net);
        } else {
            rename(net, netName);
        }
    }

    /**
     * The name typed for a measure, once the user is done with it (Enter, or the field left): a NET of the table is
     * renamed there (one undoable step), so the grid, the chart and the notes use the same name. False when the
     * measure is not a table NET or the name is blank or unchanged.
     */
    boolean commitName(MapMeasure measure, String name) {
        String table = tableNets.of(measure.question()).get(measure);
        if (table == null || name == null || name.isBlank() || name.strip().equals(table)) {
            return false;
        }
        nameNet(measure, name);
        return true;
    }

    /** Offers a NET made on the map among its question's measures from then on. */
    void addNet(Question question, MapMeasure net) {
        nets.computeIfAbsent(question, k -> new ArrayList<>()).add(net);
    }

    /** Gives a measure the user's name (blank or the default name: back to the default). */
    void rename(MapMeasure measure, String name) {
        if (name == null || name.isBlank() || name.strip().equals(defaultName(measure, locale.getValue()))) {
            names.remove(measure);
        } else {
            names.put(measure, name.strip());
        }
    }

    /** A measure in words, for the pickers: the answer, "Top 2 (A + B)" or "NET (name)". */
    String describe(MapMeasure measure) {
        List<String> labels = measure.answerLabels();
        return switch (measure.kind()) {
            case ANSWER -> labels.get(0);
            case TOP_TWO -> text.get("map.topTwo", labels.get(0), labels.get(1));
            case NET -> text.get("map.net", nameOf(measure));
        };
    }

    /** The user's name of a measure, else its answers joined and shortened. */
    String nameOf(MapMeasure measure) {
        String own = names.get(measure);
        if (own != null) {
            return own;
        }
        String table = tableNets.of(measure.question()).get(measure);
        return table != null ? table : defaultName(measure, locale.getValue());
    }

    /**
     * The default name of a measure: its answers joined ("A＋B＋C" in Japanese, "A+B+C" in English); when that is
     * longer than {@link #NAME_LENGTH}, each answer is cut (at an early comma, or with "…") to its share of it.
     */
    static String defaultName(MapMeasure measure, Locale locale) {
        List<String> labels = measure.answerLabels();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        String separator = Messages.get(locale, "notes.net.separator").strip();
        String joiner = separator.isEmpty() ? "+" : separator;
        String full = String.join(joiner, labels);
        if (full.length() <= NAME_LENGTH) {
            return full;
        }
        int each = Math.max(6, NAME_LENGTH / labels.size());
        return String.join(joiner, labels.stream().map(l -> shorten(l, each)).toList());
    }

    private static String shorten(String label, int length) {
        if (label.length() <= length) {
            return label;
        }
        for (int i = Math.min(4, length - 1); i < length; i++) {
            char c = label.charAt(i);
            if (c == '、' || c == ',' || c == '，') {
                return label.substring(0, i).stripTrailing() + "…";
            }
        }
        return label.substring(0, length - 1).stripTrailing() + "…";
    }
}

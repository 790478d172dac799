package com.surveypivot.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The answers picked in a {@link BandChart}'s legend (or, for grouped bars, on the answer groups' labels): the
 * answers the user wants to merge into a NET. A click picks one
 * entry (a second click on the only picked one drops it), Ctrl (Cmd) + click adds or drops one, Shift + click picks
 * the run from the last clicked entry. A picked entry is drawn on a light blue band.
 */
public final class LegendPicks {
    static final Color PICKED = Color.web("#cfe3ff");
    private final ObservableSet<String> picked = FXCollections.observableSet(new LinkedHashSet<>());
    private final Runnable redraw;
    private final List<String> order = new ArrayList<>();
    private boolean enabled;
    private String anchor;

    LegendPicks(Runnable redraw) {
        this.redraw = redraw;
        picked.addListener((javafx.collections.SetChangeListener<String>) c -> redraw.run());
    }

    /** Whether the legend can be picked from (the window's chart; not a chart drawn for an image). */
    public void setEnabled(boolean on) {
        this.enabled = on;
        redraw.run();
    }

    boolean enabled() {
        return enabled;
    }

    /** The picked entries' labels, in legend order. */
    public List<String> picked() {
        return order.stream().filter(picked::contains).toList();
    }

    /** The picked labels, to listen to. */
    public ObservableSet<String> pickedSet() {
        return picked;
    }

    public void clear() {
        picked.clear();
        anchor = null;
    }

    /** Picks as a click would: alone, or toggled ({@code toggle}), or the run from the last click ({@code run}). */
    public void click(String label, boolean toggle, boolean run) {
        if (run && anchor != null && order.contains(anchor) && order.contains(label)) {
            int a = order.indexOf(anchor);
            int b = order.indexOf(label);
            Set<String> span = new LinkedHashSet<>(order.subList(Math.min(a, b), Math.max(a, b) + 1));
            picked.retainAll(span);
            picked.addAll(span);
            return;
        }
        if (toggle) {
            if (!picked.remove(label)) {
                picked.add(label);
            }
        } else if (picked.size() == 1 && picked.contains(label)) {
            picked.clear();
        } else {
            picked.retainAll(Set.of(label));
            picked.add(label);
        }
        anchor = label;
    }

    /** A new chart: its legend's labels; picks no longer in it are dropped. */
    void keepOnly(List<String> labels) {
        order.clear();
        order.addAll(labels);
        picked.retainAll(new LinkedHashSet<>(labels));
        if (anchor != null && !labels.contains(anchor)) {
            anchor = null;
        }
    }

    /** Whether a chart's legend lists its answers (bands, stacked counts, lines), so that it can be picked from. */
    static boolean answersIn(BandChartModel model) {
        return model.layout() == BandChartModel.Layout.STACKED || model.layout() == BandChartModel.Layout.LINE;
    }

    /**
     * The answers a chart lets the user pick, in order: the legend's entries (bands, stacked counts, lines), or the
     * answer groups' labels of grouped bars (whose legend lists the segments); none for top-box bars.
     */
    static List<String> answers(BandChartModel model) {
        if (answersIn(model)) {
            return model.legend().stream().map(BandChartModel.LegendEntry::label).toList();
        }
        return model.layout() == BandChartModel.Layout.GROUPED
                ? model.groups().stream().map(BandChartModel.BarGroup::label).toList() : List.of();
    }

    /** The clickable band behind a legend entry (shaded when picked). */
    Rectangle hitArea(String label, double x, double y, double width, double height, Node chart) {
        Rectangle hit = new Rectangle(x, y, width, height);
        hit.setFill(picked.contains(label) ? PICKED : Color.TRANSPARENT);
        hit.getStyleClass().add("legend-entry");
        hit.setUserData(label);
        hit.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                click(label, e.isShortcutDown(), e.isShiftDown());
                chart.requestFocus();
                e.consume();
            }
        });
        return hit;
    }
}

package com.surveypivot.chart;

import static com.surveypivot.chart.ChartText.add;
import static com.surveypivot.chart.ChartText.place;
import static com.surveypivot.chart.ChartText.text;
import static com.surveypivot.chart.ChartText.titleBlock;

import com.surveypivot.chart.BandChartModel.LegendEntry;
import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A chart of a question by an attribute as Japanese research reports draw it, from a {@link BandChartModel} with
 * plain shapes: title and legend on top, the body (100% bands or stacked counts and top-box bars:
 * {@link BarsBody}; grouped bars: {@link GroupedBody}; lines: {@link LineBody}), and under it the notes: the base
 * with the filter and weight, and what the ▲/▼ and low-base marks mean.
 *
 * <p>Every text uses the bundled {@link ChartFonts} font, so that saved images look the same everywhere. The
 * chart redraws itself for its current size whenever it is laid out.
 */
public class BandChart extends Region {
    static final double PAD = 16;
    static final double TITLE_SIZE = 15;
    static final double SUBTITLE_SIZE = 11.5;
    static final double LEGEND_SIZE = 11;
    static final double LABEL_SIZE = 11.5;
    static final double VALUE_SIZE = 10.5;
    static final double AXIS_SIZE = 10;
    static final double NOTE_SIZE = 10;
    static final double SWATCH = 11;
    static final double TOTAL_GAP = 10;
    static final double STACKED_PITCH = 36;
    static final double GROUP_BAR_PITCH = 15;
    static final double GROUP_GAP = 12;
    static final double AXIS_HEIGHT = 24;
    static final double PREF_WIDTH = 820;

    static final Color INK = Color.web("#222222");
    static final Color MUTED = Color.web("#666666");

    private BandChartModel model;
    private final LegendPicks picks = new LegendPicks(this::requestLayout);

    public BandChart() {
        setBackground(Background.fill(Color.WHITE));
        getStyleClass().add("band-chart");
    }

    public BandChart(BandChartModel model) {
        this();
        setModel(model);
    }

    public BandChartModel getModel() {
        return model;
    }

    public void setModel(BandChartModel model) {
        this.model = model;
        picks.keepOnly(model == null ? List.of() : LegendPicks.answers(model));
        requestLayout();
    }

    /**
     * The legend entries (answers) picked with the mouse: a click picks one, Ctrl+click adds or drops one,
     * Shift+click picks a run. Only a chart {@linkplain LegendPicks#setEnabled enabled} for it (the window's); where
     * the legend lists answers (100% bands, stacked counts, lines) on its entries, for grouped bars on the answer
     * groups' labels. Saved images never show picks.
     */
    public LegendPicks legendPicks() {
        return picks;
    }

    /** The text nodes the chart currently shows (for tests and accessibility checks). */
    public List<Text> texts() {
        return ChartText.texts(getChildren());
    }

    @Override
    protected double computePrefWidth(double height) {
        return PREF_WIDTH + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = (width > 0 ? width : PREF_WIDTH) - snappedLeftInset() - snappedRightInset();
        double body = 120;
        if (model != null) {
            int n = model.bars().size();
            body = switch (model.layout()) {
                case STACKED, BARS -> n * STACKED_PITCH + (n > 1 ? TOTAL_GAP : 0);
                case GROUPED -> GroupedBody.height(model);
                case LINE -> LineBody.height();
            };
        }
        return snappedTopInset() + snappedBottomInset() + 2 * PAD + headerHeight(w, null) + body + AXIS_HEIGHT
                + notesHeight(w - 2 * PAD, 0, null);
    }

    @Override
    protected double computeMinWidth(double height) {
        return 320;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 160;
    }

    @Override
    protected void layoutChildren() {
        List<Node> nodes = new ArrayList<>();
        double left = snappedLeftInset() + PAD;
        double top = snappedTopInset() + PAD;
        double width = getWidth() - snappedLeftInset() - snappedRightInset() - 2 * PAD;
        double bottom = getHeight() - snappedBottomInset() - PAD;
        if (model == null) {
            Text empty = text(Messages.get("chart.empty"), ChartFonts.font(LABEL_SIZE), MUTED);
            empty.setX(left);
            empty.setY(top);
            nodes.add(empty);
        } else if (width > 40) {
            double y = top + headerHeight(width + 2 * PAD, nodes);
            double notes = notesHeight(width, 0, null);
            double bodyBottom = bottom - notes;
            notesHeight(width, bodyBottom, nodes);
            double height = bodyBottom - AXIS_HEIGHT - y;
            switch (model.layout()) {
                case STACKED, BARS -> BarsBody.draw(nodes, model, left, y, width, height);
                case GROUPED -> GroupedBody.draw(nodes, model, left, y, width, height,
                        picks.enabled() ? picks : null, this);
                case LINE -> LineBody.draw(nodes, model, left, y, width, height + AXIS_HEIGHT);
            }
        }
        getChildren().setAll(nodes);
    }

    /** Lays out title, subtitle and legend for a chart {@code width} wide; adds their nodes when given a list. */
    private double headerHeight(double width, List<Node> nodes) {
        if (model == null) {
            return 0;
        }
        double left = snappedLeftInset() + PAD;
        double inner = width - 2 * PAD;
        double y = snappedTopInset() + PAD;
        double start = y;
        y = titleBlock(nodes, model.title(), model.subtitle(), ChartFonts.boldFont(TITLE_SIZE),
                ChartFonts.font(SUBTITLE_SIZE), INK, MUTED, left, y, inner);
        y += 10;
        y += legend(nodes, left, y, inner);
        return y + 12 - start;
    }

    /** The notes under the chart, wrapped to {@code width}, from {@code top}; returns their height. */
    private double notesHeight(double width, double top, List<Node> nodes) {
        if (model == null || model.notes().isEmpty() || width <= 40) {
            return 0;
        }
        Font font = ChartFonts.font(NOTE_SIZE);
        double y = top + 8;
        for (String line : model.notes()) {
            Text note = text(line, font, MUTED);
            note.setWrappingWidth(width);
            place(nodes, note, snappedLeftInset() + PAD, y);
            y += note.getLayoutBounds().getHeight() + 1;
        }
        return y - top;
    }

    /** Legend entries in order, flowing onto as many lines as they need; returns the height used. */
    private double legend(List<Node> nodes, double left, double top, double width) {
        Font font = ChartFonts.font(LEGEND_SIZE);
        double lineHeight = TextFit.lineHeight(font);
        double rowHeight = Math.max(lineHeight, SWATCH) + 5;
        double x = left;
        double y = top;
        double usedRow = rowHeight;
        for (LegendEntry entry : model.legend()) {
            Text label = text(entry.label(), font, INK);
            double textWidth = label.getLayoutBounds().getWidth();
            double maxText = width - SWATCH - 5;
            if (textWidth > maxText) {
                label.setWrappingWidth(maxText);
                textWidth = maxText;
            }
            double entryWidth = SWATCH + 5 + textWidth;
            if (x > left && x + entryWidth > left + width) {
                x = left;
                y += usedRow;
                usedRow = rowHeight;
            }
            double entryHeight = label.getLayoutBounds().getHeight();
            usedRow = Math.max(usedRow, entryHeight + 5);
            if (nodes != null && picks.enabled() && LegendPicks.answersIn(model)) {
                add(nodes, picks.hitArea(entry.label(), x - 3, y - 2, entryWidth + 6, entryHeight + 4, this));
                label.setMouseTransparent(true);
            }
            Rectangle swatch = new Rectangle(x, y + (lineHeight - SWATCH) / 2, SWATCH, SWATCH);
            swatch.setFill(Color.web(entry.color()));
            swatch.setMouseTransparent(true);
            add(nodes, swatch);
            place(nodes, label, x + SWATCH + 5, y);
            x += entryWidth + 16;
        }
        return y + usedRow - top;
    }
}

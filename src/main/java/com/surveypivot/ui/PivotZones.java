package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotSpecs;
import com.surveypivot.workspace.PivotState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The four zones of the workspace: Question (the table's rows), Break down by (several side by side make a banner;
 * one dropped onto another is nested in it), Segments (which categories of the attribute are shown, in which order)
 * and Filter (several filters combine). Questions are dragged here from the list, between zones and out of a zone
 * to remove them; each chip also has a context menu and keys. Every change is a command of the workspace.
 */
final class PivotZones extends HBox {
    static final String QUESTION = "question";
    static final String BREAKDOWN = "breakdown";
    static final String SEGMENTS = "segments";
    static final String FILTER = "filter";
    private final MainViewModel model;
    private final WorkspaceModel workspace;
    private final PivotDrag drag;
    private final FlowPane questionChips = chips();
    private final FlowPane breakdownChips = chips();
    private final FlowPane segmentChips = chips();
    private final FlowPane filterChips = chips();
    private final SegmentPicker segmentPicker;
    private final FilterChips filters;

    PivotZones(MainViewModel model, PivotDrag drag, PivotActions actions) {
        this.model = model;
        this.workspace = model.workspace();
        this.drag = drag;
        this.segmentPicker = new SegmentPicker(model);
        this.filters = new FilterChips(model, drag);
        actions.onFilterAdded(filters::open);
        VBox questionZone = zone("questionZone", "zone.question", questionChips, QUESTION);
        VBox breakdownZone = zone("attributeZone", "zone.breakdown", breakdownChips, BREAKDOWN);
        VBox segmentZone = zone("segmentsZone", "zone.segments", segmentChips, SEGMENTS);
        // the picker stays in place (its menu stays open while segments are ticked and the chips follow)
        Label segmentTitle = (Label) segmentZone.getChildren().get(0);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox segmentHead = new HBox(4, segmentTitle, spacer, segmentPicker);
        segmentHead.setAlignment(Pos.CENTER_LEFT);
        segmentZone.getChildren().add(0, segmentHead);
        VBox filterZone = zone("filterZone", "zone.filter", filterChips, FILTER);
        Button swap = new Button("⇄");
        swap.setId("swapButton");
        swap.getStyleClass().add("swap-button");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.text().bind("pivot.swap"));
        swap.setTooltip(tip);
        swap.setOnAction(e -> model.swap());
        for (VBox zone : List.of(questionZone, breakdownZone, segmentZone, filterZone)) {
            HBox.setHgrow(zone, Priority.ALWAYS);
            zone.setPrefWidth(200);
            zone.setMinWidth(120);
            zone.setMinHeight(USE_PREF_SIZE);
        }
        getChildren().addAll(questionZone, swap, breakdownZone, segmentZone, filterZone);
        setSpacing(8);
        setMinHeight(USE_PREF_SIZE);
        setAlignment(Pos.TOP_CENTER);
        getStyleClass().add("pivot-zones");
        workspace.stateProperty().addListener((obs, old, s) -> refresh());
        model.surveyProperty().addListener((obs, old, s) -> refresh());
        model.localeProperty().addListener((obs, old, l) -> refresh());
        refresh();
    }

    private static FlowPane chips() {
        FlowPane pane = new FlowPane(4, 4);
        pane.setMinHeight(USE_PREF_SIZE);
        pane.setPrefWrapLength(180);
        pane.getStyleClass().add("zone-chips");
        return pane;
    }

    private VBox zone(String id, String titleKey, FlowPane chips, String name) {
        Label title = new Label();
        title.textProperty().bind(workspace.bind(titleKey));
        title.getStyleClass().add("zone-label");
        VBox zone = new VBox(2, title, chips);
        zone.setId(id);
        zone.getStyleClass().add("drop-zone");
        drag.target(zone, p -> dropOnZone(name, p));
        return zone;
    }

    // ---- drops

    private void dropOnZone(String zone, PivotDrag.Payload p) {
        PivotState s = workspace.state();
        if (p.segment() != null) {
            if (zone.equals(SEGMENTS)) {
                moveSegment(p.segment(), null);
            }
            return;
        }
        if (p.originZone().equals(zone) && !zone.equals(SEGMENTS)) {
            return;
        }
        Question q = PivotSpecs.byId(model.surveyProperty().get(), p.question());
        if (q == null) {
            return;
        }
        if (!q.isCrossable() || q.categoryCount() == 0 && !zone.equals(QUESTION)) {
            model.statusProperty().set(workspace.text("list.notCrossable", q.id()));
            return;
        }
        PivotCommand command = switch (zone) {
            case QUESTION -> new PivotCommand.SetQuestion(q.id());
            case BREAKDOWN -> s.banner().isEmpty() ? new PivotCommand.SetAttribute(q.id())
                    : new PivotCommand.AddBreakdown(q.id());
            case SEGMENTS -> segmentsOf(q);
            default -> s.filterOn(q.id()) != null ? null : new PivotCommand.SetFilter(q.id(), List.of());
        };
        if (command == null) {
            return;
        }
        workspace.execute(p.removeFromOrigin() == null ? command : new PivotCommand.Both(p.removeFromOrigin(),
                command));
        if (zone.equals(FILTER)) {
            filters.open(q.id());
        }
    }

    /** A question dropped on Segments: it becomes the attribute with all its categories listed to pick from. */
    static PivotCommand segmentsOf(Question q) {
        return new PivotCommand.Both(new PivotCommand.SetAttribute(q.id()),
                new PivotCommand.SetSegments(q.categories()));
    }

    private void dropOnBreakdownChip(String outer, PivotDrag.Payload p) {
        if (p.question() == null || p.question().equals(outer)) {
            return;
        }
        Question q = PivotSpecs.byId(model.surveyProperty().get(), p.question());
        if (q == null || !q.isCrossable()) {
            return;
        }
        PivotCommand nest = new PivotCommand.NestBreakdown(q.id(), outer);
        boolean fromElsewhere = p.removeFromOrigin() != null && !p.originZone().equals(BREAKDOWN);
        workspace.execute(fromElsewhere ? new PivotCommand.Both(p.removeFromOrigin(), nest) : nest);
    }

    /** Moves a segment before another (null: to the end). */
    private void moveSegment(String segment, String before) {
        List<String> list = new ArrayList<>(effectiveSegments());
        if (Objects.equals(segment, before) || !list.remove(segment)) {
            return;
        }
        int at = before == null ? list.size() : list.indexOf(before);
        list.add(at < 0 ? list.size() : at, segment);
        workspace.execute(new PivotCommand.SetSegments(list));
    }

    /** The segments shown: the chosen ones, or all of the attribute's categories. */
    private List<String> effectiveSegments() {
        PivotState s = workspace.state();
        if (!s.segments().isEmpty()) {
            return s.segments();
        }
        Question a = PivotSpecs.byId(model.surveyProperty().get(), s.attribute());
        return a == null ? List.of() : a.categories();
    }

    // ---- chips

    private void refresh() {
        PivotState s = workspace.state();
        Survey survey = model.surveyProperty().get();
        questionChips.getChildren().clear();
        if (s.question() != null) {
            ZoneChip chip = new ZoneChip("questionChip", title(survey, s.question()), workspace,
                    new PivotCommand.SetQuestion(null), null, null);
            drag.source(chip, () -> new PivotDrag.Payload(s.question(), null, new PivotCommand.SetQuestion(null),
                    QUESTION), workspace);
            questionChips.getChildren().add(chip);
        } else {
            questionChips.getChildren().add(prompt("zone.dropQuestion"));
        }

        breakdownChips.getChildren().clear();
        for (int i = 0; i < s.banner().size(); i++) {
            String a = s.banner().get(i);
            ZoneChip chip = new ZoneChip("breakdownChip-" + i, title(survey, a), workspace,
                    new PivotCommand.RemoveBreakdown(a), null, null);
            drag.source(chip, () -> new PivotDrag.Payload(a, null, new PivotCommand.RemoveBreakdown(a), BREAKDOWN),
                    workspace);
            drag.target(chip, p -> dropOnBreakdownChip(a, p));
            breakdownChips.getChildren().add(chip);
            if (i == 0 && s.nest() != null) {
                String nest = s.nest();
                ZoneChip nested = new ZoneChip("nestChip", workspace.text("zone.nested", a) + " › "
                        + title(survey, nest), workspace, new PivotCommand.RemoveBreakdown(nest), null, null);
                nested.getStyleClass().add("nested-chip");
                drag.source(nested, () -> new PivotDrag.Payload(nest, null, new PivotCommand.RemoveBreakdown(nest),
                        BREAKDOWN), workspace);
                breakdownChips.getChildren().add(nested);
            }
        }
        if (s.banner().isEmpty()) {
            breakdownChips.getChildren().add(prompt("zone.dropBreakdown"));
        }

        segmentChips.getChildren().clear();
        List<String> segments = s.segments();
        for (int i = 0; i < segments.size(); i++) {
            String seg = segments.get(i);
            List<String> without = new ArrayList<>(segments);
            without.remove(seg);
            ZoneChip chip = new ZoneChip("segmentChip-" + i, seg, workspace, new PivotCommand.SetSegments(without),
                    i == 0 ? null : new PivotCommand.SetSegments(swapped(segments, i, i - 1)),
                    i == segments.size() - 1 ? null : new PivotCommand.SetSegments(swapped(segments, i, i + 1)));
            drag.source(chip, () -> new PivotDrag.Payload(null, seg, new PivotCommand.SetSegments(without),
                    SEGMENTS), workspace);
            drag.target(chip, p -> {
                if (p.segment() != null) {
                    moveSegment(p.segment(), seg);
                } else {
                    dropOnZone(SEGMENTS, p);
                }
            });
            segmentChips.getChildren().add(chip);
        }
        if (segments.isEmpty()) {
            segmentChips.getChildren().add(prompt("zone.dropSegments"));
        }
        segmentPicker.refresh();

        filters.refresh(filterChips);
    }

    SegmentPicker segmentPicker() {
        return segmentPicker;
    }

    private static List<String> swapped(List<String> list, int i, int j) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.swap(copy, i, j);
        return copy;
    }

    private Node prompt(String key) {
        Label label = new Label(workspace.text(key));
        label.getStyleClass().add("zone-prompt");
        label.setWrapText(true);
        return label;
    }

    static String title(Survey survey, String id) {
        Question q = PivotSpecs.byId(survey, id);
        return q == null ? id : QuestionListPane.title(q);
    }
}

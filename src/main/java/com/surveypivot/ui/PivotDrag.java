package com.surveypivot.ui;

import com.surveypivot.workspace.PivotCommand;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;

/**
 * In-window dragging of questions and zone chips with JavaFX's full press-drag-release gesture (no platform
 * Dragboard, so it also runs headless): a source starts it and says what it carries; a target that takes it marks
 * the drag as dropped; a chip dragged out to anywhere that is no target is removed from its zone.
 */
final class PivotDrag {
    /**
     * What is being dragged: a question (by id) or a segment (a category label of the attribute), the command that
     * takes it out of the zone it came from (null for the question list), and that zone's name.
     */
    record Payload(String question, String segment, PivotCommand removeFromOrigin, String originZone) {
        static Payload ofQuestion(String question) {
            return new Payload(question, null, null, "list");
        }
    }

    private Payload payload;
    private boolean dropped;

    /** Makes a node a drag source of what {@code payload} gives at the time the drag starts (null: nothing). */
    void source(Node node, Supplier<Payload> payload, WorkspaceModel workspace) {
        node.setOnDragDetected(e -> {
            Payload p = payload.get();
            if (p == null) {
                return;
            }
            this.payload = p;
            dropped = false;
            node.startFullDrag();
            e.consume();
        });
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            Payload p = this.payload;
            if (p != null && !dropped && p.removeFromOrigin() != null) {
                // dragged out of its zone onto no zone: taken out
                workspace.execute(p.removeFromOrigin());
            }
            this.payload = null;
        });
    }

    /** Makes a node a drop target: {@code drop} gets the payload when it is released over it. */
    void target(Node node, java.util.function.Consumer<Payload> drop) {
        node.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> {
            if (payload != null) {
                node.getStyleClass().add("drop-target");
            }
        });
        node.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> node.getStyleClass().remove("drop-target"));
        node.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            node.getStyleClass().remove("drop-target");
            Payload p = payload;
            if (p != null && !dropped) {
                dropped = true;
                drop.accept(p);
            }
            e.consume();
        });
    }
}

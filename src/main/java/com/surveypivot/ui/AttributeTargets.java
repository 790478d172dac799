package com.surveypivot.ui;

import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One attribute of the Weighting dialog: a table of its answers with the sample share and an editable target share
 * (in %, first filled with the sample's), and a Remove button. Target fields have the ids
 * {@code target-<attribute index>-<answer index>}.
 */
final class AttributeTargets extends VBox {
    private final Question attribute;
    private final List<TextField> targets = new ArrayList<>();
    private final Button remove = new Button();

    AttributeTargets(Question attribute, int index, Locale locale) {
        super(4);
        this.attribute = attribute;
        setId("weightingAttribute-" + index);
        setPadding(new Insets(6));
        getStyleClass().add("weighting-attribute");
        Label title = new Label(attribute.id().equals(attribute.text()) ? attribute.id()
                : attribute.id() + "  " + attribute.text());
        title.setStyle("-fx-font-weight: bold;");
        remove.setId("weightingRemove-" + index);
        remove.setText(Messages.get(locale, "weighting.dialog.remove"));
        GridPane table = new GridPane();
        table.setHgap(12);
        table.setVgap(2);
        table.addRow(0, new Label(Messages.get(locale, "weighting.dialog.answer")),
                new Label(Messages.get(locale, "weighting.dialog.sample")),
                new Label(Messages.get(locale, "weighting.dialog.target")));
        int answered = attribute.answered().count();
        for (int c = 0; c < attribute.categoryCount(); c++) {
            double share = answered == 0 ? 0 : 100.0 * attribute.count(c) / answered;
            TextField target = new TextField(String.format(Locale.ROOT, "%.1f", share));
            target.setId("target-" + index + "-" + c);
            target.setPrefColumnCount(6);
            targets.add(target);
            table.addRow(c + 1, new Label(attribute.categories().get(c)),
                    new Label(String.format(Locale.ROOT, "%.1f", share)), target);
        }
        getChildren().addAll(new HBox(12, title, remove), table);
    }

    Question attribute() {
        return attribute;
    }

    Button removeButton() {
        return remove;
    }

    /** Sets the targets of the answers named (in % as given); returns the labels that are not answers. */
    List<String> setTargets(Map<String, Double> shares) {
        List<String> unknown = new ArrayList<>();
        shares.forEach((label, share) -> {
            int c = attribute.indexOf(label);
            if (c < 0) {
                unknown.add(label);
            } else {
                targets.get(c).setText(String.format(Locale.ROOT, "%s", share));
            }
        });
        return unknown;
    }

    /** answer → target in %, blank fields left out; throws with the bad text when a field is not a number. */
    Map<String, Double> targets() throws NumberFormatException {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int c = 0; c < targets.size(); c++) {
            String typed = java.text.Normalizer.normalize(targets.get(c).getText(), java.text.Normalizer.Form.NFKC)
                    .strip().replace("%", "");
            if (typed.isEmpty()) {
                continue;
            }
            try {
                out.put(attribute.categories().get(c), Double.parseDouble(typed));
            } catch (NumberFormatException e) {
                throw new NumberFormatException(targets.get(c).getText());
            }
        }
        return out;
    }
}

package com.surveypivot.ui;

import com.surveypivot.text.Token;
import com.surveypivot.text.WordTokenizer;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** An answer with every place the clicked word stands highlighted (its surface forms: 使う in 使って). */
final class TextHighlightCell extends TableCell<TextAnswerRow, String> {
    private final ObservableValue<String> word;
    private final WordTokenizer tokenizer = new WordTokenizer();

    TextHighlightCell(ObservableValue<String> word) {
        this.word = word; // the pane refreshes the table when the word changes
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        show(text, empty);
    }

    private void show(String text, boolean empty) {
        setText(null);
        if (empty || text == null) {
            setGraphic(null);
            return;
        }
        List<Text> parts = new ArrayList<>();
        int at = 0;
        String w = word.getValue();
        if (w != null) {
            for (Token t : tokenizer.tokens(text)) {
                if (t.word().equals(w) && t.start() >= at) {
                    parts.add(new Text(text.substring(at, t.start())));
                    Text hit = new Text(text.substring(t.start(), t.end()));
                    hit.getStyleClass().add("text-highlight");
                    hit.setStyle("-fx-font-weight: bold; -fx-fill: #c0392b;");
                    parts.add(hit);
                    at = t.end();
                }
            }
        }
        parts.add(new Text(text.substring(at)));
        TextFlow flow = new TextFlow(parts.toArray(Text[]::new));
        // wrap at the column's width, and make the row as tall as the wrapped text (no taller)
        double width = Math.max(60, (getTableColumn() == null ? getWidth() : getTableColumn().getWidth()) - 12);
        flow.setPrefWidth(width);
        flow.setMaxWidth(width);
        setGraphic(flow);
        setPrefHeight(flow.prefHeight(width) + 6);
    }

    /** The highlighted pieces shown (for tests). */
    List<String> highlighted() {
        List<String> hits = new ArrayList<>();
        if (getGraphic() instanceof TextFlow flow) {
            flow.getChildren().forEach(n -> {
                if (n.getStyleClass().contains("text-highlight")) {
                    hits.add(((Text) n).getText());
                }
            });
        }
        return hits;
    }
}

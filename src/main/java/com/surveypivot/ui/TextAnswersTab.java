package com.surveypivot.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The window's workspace as two tabs: the tables (band chart, grid and notes, as before) and the Text answers of
 * free-text questions. Opening a text question from the question list brings the Text answers tab to the front.
 */
final class TextAnswersTab {
    private TextAnswersTab() {
    }

    /** {@code tables} in the first tab, the Text answers in the second. */
    static TabPane around(Node tables, MainViewModel model) {
        TextI18n i18n = new TextI18n(model.text());
        Tab tablesTab = new Tab();
        tablesTab.setId("tablesTab");
        tablesTab.textProperty().bind(i18n.bind("text.ui.tablesTab"));
        tablesTab.setContent(tables);
        Tab textTab = new Tab();
        textTab.setId("textTab");
        textTab.textProperty().bind(i18n.bind("text.ui.textTab"));
        TabPane tabs = new TabPane(tablesTab, textTab);
        tabs.setId("workspaceTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // built when first shown: a survey without free text never pays for it
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == textTab && textTab.getContent() == null) {
                textTab.setContent(new TextAnswersPane(model.textAnswers(), i18n));
            }
            if (tab == textTab) {
                model.textAnswers().activate();
            }
        });
        model.textAnswers().setOnOpen(() -> tabs.getSelectionModel().select(textTab));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return tabs;
    }
}

package com.surveypivot.ui;

import javafx.scene.control.SingleSelectionModel;
import javafx.scene.control.Tab;

/** The Findings tab beside the band chart and the map; "Show chart" turns to the band chart (the first tab). */
final class FindingsTab extends Tab {
    private final FindingsPane pane;

    FindingsTab(MainViewModel model, CrosstabGrid grid, SingleSelectionModel<Tab> tabs) {
        FindingsViewModel findings = new FindingsViewModel(model);
        setId("findingsTab");
        textProperty().bind(findings.bind("findings.ui.tab"));
        pane = new FindingsPane(findings, grid, () -> tabs.select(0));
        LazyTabContent.install(this, pane);
    }

    FindingsPane pane() {
        return pane;
    }
}

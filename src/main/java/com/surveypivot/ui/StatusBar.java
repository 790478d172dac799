package com.surveypivot.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status line: what is open, and while a file loads its progress and a Cancel button. */
final class StatusBar extends HBox {

    StatusBar(MainViewModel model) {
        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setId("loadProgress");
        progress.setPrefWidth(200);
        progress.progressProperty().bind(model.progressProperty());
        Button cancel = new Button();
        cancel.setId("cancelLoad");
        cancel.textProperty().bind(model.text().bind("status.cancel"));
        cancel.setOnAction(e -> model.cancelLoad());
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());
        cancel.visibleProperty().bind(model.loadingProperty());
        cancel.managedProperty().bind(model.loadingProperty());
        Label filter = new Label();
        filter.setId("statusFilter");
        filter.textProperty().bind(model.filterStatusProperty());
        filter.getStyleClass().add("filter-status");
        filter.visibleProperty().bind(model.filterStatusProperty().isNotEmpty());
        filter.managedProperty().bind(filter.visibleProperty());
        filter.setMinWidth(Region.USE_PREF_SIZE);
        Label warning = new Label();
        warning.setId("statusWarning");
        warning.textProperty().bind(model.loadWarningProperty());
        warning.getStyleClass().add("load-warning");
        warning.setStyle("-fx-text-fill: #9a5b00;");
        warning.visibleProperty().bind(model.loadWarningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.setMaxWidth(520);
        warning.setTooltip(new javafx.scene.control.Tooltip());
        warning.getTooltip().textProperty().bind(model.loadWarningProperty());
        getChildren().addAll(status, warning, filter, progress, cancel);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 8, 3, 8));
        getStyleClass().add("status-bar");
    }
}

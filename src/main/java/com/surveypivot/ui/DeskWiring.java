package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Connects the grid, the Data tab, the layout switch, the theme and the remembered state to the main view, so that
 * {@link MainView} itself only builds its parts: the grid's context menu and copy title, a double click on a cell
 * opening the Data tab on its respondents, the centre's layout (chart | grid | both), the theme's sheet, recent files
 * recorded on every open, and split positions and window bounds restored and saved.
 */
final class DeskWiring {
    private DeskWiring() {
    }

    static void wire(MainView view) {
        MainViewModel model = view.model();
        DesktopSettings settings = view.settings();
        CrosstabGrid grid = view.grid();
        grid.setText(view.deskText());
        DialogButtons.translateAll(view.deskText());
        model.crosstabProperty().addListener((obs, old, table) -> grid.setTitle(title(table)));
        grid.setTitle(title(model.crosstabProperty().get()));
        grid.setOnShowRespondents((row, cell) -> {
            if (view.data().showCell(row, cell)) {
                view.views().getSelectionModel().select(view.dataTab());
                view.layoutProperty().set(view.layoutProperty().get() == LayoutMode.GRID ? LayoutMode.BOTH
                        : view.layoutProperty().get());
            }
        });

        view.themeProperty().addListener((obs, old, t) -> {
            t.apply(view.getStylesheets());
            settings.put("theme", t.name());
        });
        view.themeProperty().set(Theme.of(settings.get("theme", "LIGHT")));
        view.themeProperty().get().apply(view.getStylesheets());

        double bodyDivider = settings.getDouble("split.body", 0.55);
        double sideDivider = settings.getDouble("split.side", 0.55);
        view.body().setDividerPositions(clamp(bodyDivider));
        view.side().setDividerPositions(clamp(sideDivider));
        view.layoutProperty().addListener((obs, old, mode) -> {
            if (old == LayoutMode.BOTH) {
                settings.putDouble("split.body", view.body().getDividerPositions()[0]);
            }
            layOut(view, mode);
            settings.put("layout", mode.name());
        });
        view.layoutProperty().set(LayoutMode.of(settings.get("layout", "BOTH")));
        layOut(view, view.layoutProperty().get());

        model.fileProperty().addListener((obs, old, file) -> {
            if (file != null) {
                settings.addRecent(file);
            }
        });
    }

    /** Puts the chart tabs, the grid column or both in the centre's split. */
    static void layOut(MainView view, LayoutMode mode) {
        SplitPane body = view.body();
        switch (mode) {
            case CHART -> body.getItems().setAll(view.views());
            case GRID -> body.getItems().setAll(view.side());
            default -> {
                if (body.getItems().size() != 2) {
                    body.getItems().setAll(view.views(), view.side());
                    body.setDividerPositions(clamp(view.settings().getDouble("split.body", 0.55)));
                }
            }
        }
    }

    /** Saves the split positions and the window's bounds (called on Exit and on the close button). */
    static void saveState(MainView view) {
        DesktopSettings settings = view.settings();
        if (view.layoutProperty().get() == LayoutMode.BOTH && view.body().getDividers().size() == 1) {
            settings.putDouble("split.body", view.body().getDividerPositions()[0]);
        }
        if (view.side().getDividers().size() == 1) {
            settings.putDouble("split.side", view.side().getDividerPositions()[0]);
        }
        Window window = view.getScene() == null ? null : view.getScene().getWindow();
        if (window instanceof Stage stage) {
            settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
            if (!stage.isMaximized() && !stage.isIconified()) {
                settings.putDouble("window.x", stage.getX());
                settings.putDouble("window.y", stage.getY());
                settings.putDouble("window.width", stage.getWidth());
                settings.putDouble("window.height", stage.getHeight());
            }
        }
        settings.save();
    }

    /**
     * Gives the stage its remembered size and place when they fit on a screen, else the default size made to fit the
     * primary screen (a 1280×720 screen included); the close button then exits like File > Exit.
     */
    static void restoreWindow(Stage stage, MainView view) {
        DesktopSettings settings = view.settings();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = settings.getDouble("window.width", Math.min(SurveyPivotApp.WIDTH, screen.getWidth()));
        double height = settings.getDouble("window.height", Math.min(SurveyPivotApp.HEIGHT, screen.getHeight()));
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        boolean onScreen = !Double.isNaN(x) && !javafx.stage.Screen.getScreensForRectangle(x, y, Math.max(1, width),
                Math.max(1, height)).isEmpty();
        stage.setWidth(Math.max(stage.getMinWidth(), Math.min(width, screen.getWidth())));
        stage.setHeight(Math.max(stage.getMinHeight(), Math.min(height, screen.getHeight())));
        if (onScreen) {
            stage.setX(x);
            stage.setY(y);
        } else {
            // centred on the screen at the size just set (JavaFX would centre the scene's first, larger size and put
            // the menu bar above the top of a 1280×720 screen)
            stage.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - stage.getWidth()) / 2));
            stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - stage.getHeight()) / 2));
        }
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized", "false")));
        stage.setOnCloseRequest(e -> {
            e.consume();
            view.exit();
        });
    }

    private static double clamp(double position) {
        return Math.max(0.15, Math.min(0.85, position));
    }

    private static String title(Crosstab table) {
        if (table == null) {
            return "";
        }
        String q = name(table.question());
        return table.by() == null ? q : q + " × " + name(table.by());
    }

    private static String name(com.surveypivot.survey.Question q) {
        return q.text().isEmpty() || q.text().equals(q.id()) ? q.id() : q.id() + " " + q.text();
    }
}

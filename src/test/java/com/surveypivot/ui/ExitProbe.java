package com.surveypivot.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * A program for {@link ExitProcessTest}: the app's window on the sample, a chart image saved (which turns the
 * platform's implicit exit off), then File > Exit ({@code menu}) or the window's close button ({@code close}).
 * The process must then end by itself: main returns and no thread is left to keep the JVM alive.
 */
public final class ExitProbe extends SurveyPivotApp {
    private static String how;
    private static Path image;

    /** The probe's main class: not an Application, so that JavaFX starts from a class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            how = args[0];
            image = Path.of(args[1]);
            Application.launch(ExitProbe.class);
        }
    }

    @Override
    public void start(Stage stage) {
        MainViewModel model = new MainViewModel(TaskExecutor.background());
        MainView view = new MainView(model, DesktopSettings.in(image.getParent()));
        show(stage, view);
        DeskWiring.restoreWindow(stage, view);
        view.setFileDialogs(new FakeFileDialogs(null, image));
        model.chartModelProperty().addListener((obs, old, chart) -> {
            if (chart != null && !Files.exists(image)) {
                view.saveChartImage();
                waitForImage(stage, view);
            }
        });
        model.openSample();
    }

    private static void waitForImage(Stage stage, MainView view) {
        Thread waiter = new Thread(() -> {
            try {
                while (!Files.exists(image) || Files.size(image) == 0) {
                    Thread.sleep(100);
                }
                Thread.sleep(300);
            } catch (Exception e) {
                return;
            }
            Platform.runLater(() -> {
                if ("close".equals(how)) {
                    stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
                } else {
                    exitItem(view).fire();
                }
            });
        }, "probe-waiter");
        waiter.setDaemon(true);
        waiter.start();
    }

    private static MenuItem exitItem(MainView view) {
        MenuBar bar = (MenuBar) view.getTop();
        return bar.getMenus().get(0).getItems().stream().filter(i -> "menuExit".equals(i.getId())).findFirst()
                .orElseThrow();
    }

}

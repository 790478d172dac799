package com.surveypivot.ui;

import com.surveypivot.export.PngExport;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.NetDefinition;
import com.surveypivot.workspace.PivotCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Renders the workspace at 1280×720 on the bundled sample for docs/ (no display needed):
 * {@code WorkspaceScreenshot OUT.png banner|segments [ja|en]}. "banner": Q2 by job function (Q1) and position side by
 * side; "segments": Q4 by four chosen functions with the three marketing-and-sales pairs as one NET, filtered;
 * "gridnet": the same, with the NET made in the grid (three answers' cells selected, Ctrl+G, named, OK).
 */
public final class WorkspaceScreenshot {
    static final List<String> MARKETING_SALES = List.of("商品・サービス企画と営業", "広告宣伝・販促と営業",
            "BtoBリード獲得・ナーチャリングと営業");

    private WorkspaceScreenshot() {
    }

    static String netName(Locale locale) {
        return locale == Locale.ENGLISH ? "Marketing–sales pairs (NET)" : "マーケ・営業間（NET）";
    }

    /**
     * Makes the NET as a user does in the grid: the Total row's cells of the three answers selected, Ctrl+G, the name
     * typed in the dialog, OK (the dialog is answered from a task queued before it opens).
     */
    private static void mergeFromTheGrid(Stage stage, Locale locale) {
        MainView view = (MainView) stage.getScene().getRoot();
        CrosstabGrid grid = view.grid();
        grid.getSelectionModel().clearSelection();
        for (javafx.scene.control.TableColumn<GridTable.Row, ?> column : grid.getColumns()) {
            if (column.getGraphic() instanceof javafx.scene.control.Label l && MARKETING_SALES.contains(l.getText())) {
                grid.getSelectionModel().select(0, column);
            }
        }
        grid.requestFocus();
        Platform.runLater(() -> {
            for (javafx.stage.Window window : List.copyOf(javafx.stage.Window.getWindows())) {
                if (window.getScene() != null && window.getScene().getRoot() instanceof javafx.scene.control.DialogPane
                        pane && "netNameDialog".equals(pane.getId())) {
                    ((javafx.scene.control.TextField) pane.lookup("#netName")).setText(netName(locale));
                    ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire();
                }
            }
        });
        javafx.event.Event.fireEvent(grid, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                "", "", javafx.scene.input.KeyCode.G, false, true, false, false));
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String scene = args.length > 1 ? args[1] : "segments";
        Locale locale = args.length > 2 && args[2].equals("en") ? Locale.ENGLISH : Locale.JAPANESE;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Survey survey = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            MainViewModel model = new MainViewModel(Runnable::run);
            model.localeProperty().set(locale);
            model.setSurvey(survey);
            WorkspaceModel w = model.workspace();
            if (scene.equals("banner")) {
                w.execute(new PivotCommand.SetQuestion("Q2"));
                w.execute(new PivotCommand.SetAttribute("Q1"));
                w.execute(new PivotCommand.AddBreakdown("役職"));
            } else {
                w.execute(new PivotCommand.SetQuestion("Q4"));
                w.execute(new PivotCommand.SetAttribute("Q1"));
                w.execute(new PivotCommand.SetSegments(List.of("広告宣伝・販促", "営業・営業企画", "カスタマーサービス",
                        "経営企画・事業戦略")));
                if (!scene.equals("gridnet")) {
                    w.execute(new PivotCommand.AddNet("Q4", new NetDefinition(netName(locale), MARKETING_SALES,
                            NetDefinition.Placement.ABOVE, false)));
                }
                w.execute(new PivotCommand.SetFilter("従業員規模", List.of("1,000〜4,999人", "5,000人以上")));
            }
            Stage stage = new Stage();
            SurveyPivotApp.show(stage, new MainView(model));
            stage.setWidth(1280);
            stage.setHeight(720);
            shown.complete(stage);
        });
        Stage stage = shown.get();
        Thread.sleep(1200);
        if (scene.equals("gridnet")) {
            Platform.runLater(() -> mergeFromTheGrid(stage, locale));
            Thread.sleep(1500);
        }
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> image.complete(stage.getScene().snapshot(null)));
        PngExport.write(SwingFXUtils.fromFXImage(image.get(), null), out);
        Platform.exit();
    }
}

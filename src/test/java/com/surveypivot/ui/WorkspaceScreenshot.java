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
 * side; "segments": Q4 by four chosen functions with the three marketing-and-sales pairs as one NET, filtered.
 */
public final class WorkspaceScreenshot {
    private WorkspaceScreenshot() {
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
                w.execute(new PivotCommand.AddNet("Q4", new NetDefinition(locale == Locale.ENGLISH
                        ? "Marketing–sales pairs (NET)" : "マーケ・営業間（NET）", List.of("商品・サービス企画と営業",
                        "広告宣伝・販促と営業", "BtoBリード獲得・ナーチャリングと営業"), NetDefinition.Placement.ABOVE,
                        false)));
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
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> image.complete(stage.getScene().snapshot(null)));
        PngExport.write(SwingFXUtils.fromFXImage(image.get(), null), out);
        Platform.exit();
    }
}

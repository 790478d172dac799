package com.surveypivot.ui;

import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.project.MapSpec;
import com.surveypivot.project.ProjectFile;
import com.surveypivot.project.ProjectStore;
import com.surveypivot.project.RecoveryFiles;
import com.surveypivot.project.ReportOutline;
import com.surveypivot.project.SavedEntry;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.survey.edit.RenameQuestion;
import com.surveypivot.workspace.ChartSettings;
import com.surveypivot.workspace.NetDefinition;
import com.surveypivot.workspace.PivotCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * A program for {@link RecoveryProcessTest}: the app's window on the sample with its autosave running (as
 * {@link SurveyPivotApp#start} starts it), unsaved work made (a filter, a NET, a survey edit, a note, a table and a
 * map kept in the outline, then one more pivot change that only the timer writes), and, once the recovery file holds
 * that work, the window's own snapshot written to {@code expected.surveypivot} and a {@code ready} file. The test then
 * kills the process: nothing ends it cleanly.
 */
public final class RecoveryProbe extends SurveyPivotApp {
    private static Path folder;

    /** The probe's main class: not an Application, so that JavaFX starts from a class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            folder = Path.of(args[0]);
            Application.launch(RecoveryProbe.class);
        }
    }

    @Override
    public void start(Stage stage) {
        MainViewModel model = new MainViewModel(TaskExecutor.background());
        model.localeProperty().set(Locale.ENGLISH);
        MainView view = new MainView(model, DesktopSettings.in(folder));
        show(stage, view);
        DeskWiring.restoreWindow(stage, view);
        model.surveyProperty().addListener((obs, old, survey) -> {
            if (survey != null && old == null) {
                Platform.runLater(() -> work(model, survey));
            }
        });
        model.openSample();
        startRecovery(view);
    }

    private static void work(MainViewModel model, Survey survey) {
        String attribute = model.workspace().state().attribute();
        Question a = survey.find(attribute).orElseThrow();
        Question q = survey.find(model.workspace().state().question()).orElseThrow();
        model.workspace().execute(new PivotCommand.SetFilter(a.id(), List.of(a.categories().get(1))));
        model.workspace().execute(new PivotCommand.AddNet(q.id(), new NetDefinition("Top two",
                q.categories().subList(0, 2), NetDefinition.Placement.BELOW, true)));
        model.editor().apply(new RenameQuestion(q.id(), "Renamed before the crash"));
        model.userNoteProperty().set("A note written before the crash");
        model.outline().add(new SavedEntry(ReportOutline.newId(), "Kept table", model.workspace().state(), null,
                "its note"));
        model.outline().add(new SavedEntry(ReportOutline.newId(), "Kept map", model.workspace().state(),
                new MapSpec(q.id(), List.of(), "", a.id(), List.of(), ""), ""));
        // a change after the last outline change: only the timer's write holds it
        model.workspace().execute(new PivotCommand.SetChart(new ChartSettings("band", 2, "en")));
        Thread waiter = new Thread(() -> awaitRecovery(model), "probe-waiter");
        waiter.setDaemon(true);
        waiter.start();
    }

    private static void awaitRecovery(MainViewModel model) {
        Path recovery = RecoveryFiles.own();
        try {
            while (true) {
                Thread.sleep(200);
                if (!Files.isRegularFile(recovery)) {
                    continue;
                }
                ProjectFile written;
                try {
                    written = ProjectStore.read(recovery);
                } catch (LocalizedException e) {
                    continue;
                }
                ProjectFile[] now = new ProjectFile[1];
                java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(() -> {
                    now[0] = model.project().snapshot();
                    latch.countDown();
                });
                latch.await();
                if (written.state().equals(now[0].state()) && written.entries().equals(now[0].entries())) {
                    ProjectStore.write(now[0], folder.resolve("expected.surveypivot"), null);
                    Files.writeString(folder.resolve("ready"), "ready");
                    return;
                }
            }
        } catch (Exception e) {
            return;
        }
    }
}

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The JavaFX floor of issue 14's start-up figure (bench/first-chart.sh --floor): the least a JavaFX window costs on
 * this machine, with the same JVM and the same JavaFX classes (the product's jar on the class path): one stage of the
 * window's size with one Label, timed from process start to its first laid-out pulse, logged in the product's
 * "first chart shown" form. Started through {@link Main} (a plain class, as the product's Launcher).
 */
public class FxFloor extends Application {
    /** The entry point: a plain class, so that JavaFX starts from the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(FxFloor.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("部門間連携に関する調査")), 1240, 760);
        Runnable[] first = new Runnable[1];
        first[0] = () -> {
            scene.removePostLayoutPulseListener(first[0]);
            ProcessHandle.Info info = ProcessHandle.current().info();
            long ms = info.startInstant().map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(-1L);
            long cpu = info.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.err.println("first chart shown " + ms + " ms after the process started (CPU " + cpu + " ms)");
        };
        scene.addPostLayoutPulseListener(first[0]);
        stage.setScene(scene);
        stage.show();
    }
}

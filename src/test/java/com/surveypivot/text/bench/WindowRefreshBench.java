package com.surveypivot.text.bench;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import com.surveypivot.ui.MainViewModel;
import com.surveypivot.ui.TextAnswersModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * The Text answers tab's model on the benchmark's answers: after tokenising, how long choosing a segment takes
 * (its words table, its characteristic words and its answers list with one attribute column), on the JavaFX
 * thread of a headless toolkit (Monocle, from the test class path).
 */
final class WindowRefreshBench {
    private WindowRefreshBench() {
    }

    static void run(String[] answers) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        int n = answers.length;
        SplittableRandom random = new SplittableRandom(7L);
        int[] codes = new int[n];
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            labels.add("segment " + c);
        }
        for (int r = 0; r < n; r++) {
            codes[r] = random.nextInt(10);
        }
        Question segments = Question.categorical("S", "segment", QuestionType.SINGLE, false, labels, List.of("S"),
                codes);
        Question text = Question.text("T", "comment", QuestionType.TEXT, "T", answers);
        Survey survey = new Survey("bench", "bench", 1, 1, "generic", n, List.of(segments, text));
        CompletableFuture<TextAnswersModel> opened = new CompletableFuture<>();
        long start = System.nanoTime();
        Platform.runLater(() -> {
            MainViewModel model = new MainViewModel(Runnable::run);
            model.setSurvey(survey);
            model.attributeProperty().set(segments);
            model.textAnswers().open(text);
            model.textAnswers().columns().setAll(segments);
            opened.complete(model.textAnswers());
        });
        TextAnswersModel tab = opened.get();
        // the tokenising task reports success in a later pulse
        while (tab.indexProperty().get() == null) {
            Thread.sleep(5);
        }
        long open = (System.nanoTime() - start) / 1_000_000;
        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            long[] times = new long[labels.size()];
            for (int i = 0; i < labels.size(); i++) {
                long t = System.nanoTime();
                tab.segmentProperty().set(labels.get(i));
                times[i] = System.nanoTime() - t;
            }
            Arrays.sort(times);
            result.complete(String.format(Locale.ROOT, "window model: open the question (tokenising %d answers) %d ms;"
                    + " choose a segment (words table, characteristic words, answers list of ~%d rows): median %.1f ms,"
                    + " max %.1f ms over %d segments", n, open, tab.rows().size(), times[times.length / 2] / 1e6,
                    times[times.length - 1] / 1e6, times.length));
        });
        System.out.println(result.get());
        Platform.exit();
    }
}

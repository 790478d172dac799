package com.surveypivot.ui.bench;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import com.surveypivot.ui.DataColumns;
import com.surveypivot.ui.RespondentColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The Data tab at 100,000 respondents × 150 questions (a synthetic survey: 100 single-choice, 20 scales, 15
 * multi-response sets of 8 options, 10 numbers, 4 free texts, 1 id).
 *
 * <ol>
 * <li>Page fetch: the text of one visible page (40 rows × 150 columns) at 500 random scroll positions, through
 * {@link RespondentColumns}; the baseline is the same page read from strings made in advance (a String per cell,
 * which would cost 15 million strings of memory): the ratio says what computing cells on demand costs.</li>
 * <li>Scroll: the Data tab's TableView in a 1280×720 window under headless Monocle, as it was made before
 * ({@code ReadOnlyStringWrapper} value factory per cell, default cells) and as {@code DataPane} makes it now
 * ({@link DataColumns}), interleaved step by step; each step scrolls to a random row (every fourth step also to a
 * random column) and runs a frame's CSS and layout: as a pulse does it (only the nodes marked dirty), and with CSS
 * forced over the whole table ({@code applyCss}, this benchmark's first measure). The frame with no scroll is the
 * fixed cost.</li>
 * </ol>
 *
 * <p>Run: {@code mvn -B -o -q test-compile} then
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) -Dglass.platform=Monocle -Dmonocle.platform=Headless
 * -Dprism.order=sw com.surveypivot.ui.bench.DataTabBenchmark} (cp.txt from {@code mvn dependency:build-classpath}).
 */
public final class DataTabBenchmark {
    static final int N = 100_000;
    static final int ROWS_ON_SCREEN = 40;

    private DataTabBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Survey survey = survey(new Random(7));
        long built = System.nanoTime();
        RespondentColumns columns = RespondentColumns.of(survey);
        long wrapped = System.nanoTime();
        System.out.printf(Locale.ROOT, "survey %d x %d built in %.0f ms; Data tab columns (%d) in %.1f ms%n", N,
                survey.questions().size(), ms(built - t0), columns.columns().size(), ms(wrapped - built));
        pageFetch(columns);
        scroll(columns);
        Platform.exit();
    }

    private static void pageFetch(RespondentColumns columns) {
        int c = columns.columns().size();
        Random random = new Random(11);
        int positions = 500;
        int[] starts = new int[positions];
        for (int i = 0; i < positions; i++) {
            starts[i] = random.nextInt(N - ROWS_ON_SCREEN);
        }
        // the baseline: the same cells as strings made beforehand
        String[][] ready = new String[c][N];
        for (int j = 0; j < c; j++) {
            RespondentColumns.Column column = columns.columns().get(j);
            for (int r = 0; r < N; r++) {
                ready[j][r] = column.value(r);
            }
        }
        long sink = 0;
        double[] onDemand = new double[positions];
        double[] baseline = new double[positions];
        for (int round = 0; round < 3; round++) { // two warm-up rounds, the third is measured
            for (int i = 0; i < positions; i++) {
                long a = System.nanoTime();
                for (int r = starts[i]; r < starts[i] + ROWS_ON_SCREEN; r++) {
                    for (RespondentColumns.Column column : columns.columns()) {
                        sink += column.value(r).length();
                    }
                }
                long b = System.nanoTime();
                for (int r = starts[i]; r < starts[i] + ROWS_ON_SCREEN; r++) {
                    for (int j = 0; j < c; j++) {
                        sink += ready[j][r].length();
                    }
                }
                long d = System.nanoTime();
                onDemand[i] = (b - a) / 1e3;
                baseline[i] = (d - b) / 1e3;
            }
        }
        System.out.printf(Locale.ROOT, "page fetch (%d x %d cells): median %.0f us, p99 %.0f us; baseline (ready"
                + " strings) median %.0f us; ratio %.1fx  [sink %d]%n", ROWS_ON_SCREEN, c, pct(onDemand, 50),
                pct(onDemand, 99), pct(baseline, 50), pct(onDemand, 50) / pct(baseline, 50), sink);
    }

    private static void scroll(RespondentColumns columns) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<String> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(scrollOnFxThread(columns));
            } catch (RuntimeException e) {
                result.set("scroll failed: " + e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        System.out.println(result.get());
    }

    /** The Data tab's table before this change: a value factory making an observable per cell, default cells. */
    private static TableView<Integer> before(RespondentColumns columns, Integer[] rows) {
        TableView<Integer> table = new TableView<>();
        table.setFixedCellSize(24);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setItems(FXCollections.observableArrayList(rows));
        for (RespondentColumns.Column column : columns.columns()) {
            TableColumn<Integer, String> tc = new TableColumn<>(column.header());
            tc.setCellValueFactory(c -> new ReadOnlyStringWrapper(column.value(c.getValue())));
            tc.setPrefWidth(110);
            table.getColumns().add(tc);
        }
        return table;
    }

    /** The Data tab's table as {@code DataPane} makes it now: {@link DataColumns}' cells. */
    private static TableView<Integer> now(RespondentColumns columns, Integer[] rows) {
        TableView<Integer> table = new TableView<>();
        DataColumns.configure(table, 24);
        table.setItems(FXCollections.observableArrayList(rows));
        table.getColumns().add(DataColumns.numbers("#"));
        for (RespondentColumns.Column column : columns.columns()) {
            table.getColumns().add(DataColumns.column(column.header(), column::value, DataColumns.NARROW));
        }
        return table;
    }

    private static String scrollOnFxThread(RespondentColumns columns) {
        Integer[] rows = new Integer[N];
        Arrays.setAll(rows, i -> i);
        List<TableView<Integer>> tables = List.of(before(columns, rows), now(columns, rows));
        for (TableView<Integer> table : tables) {
            Stage stage = new Stage();
            stage.setScene(new Scene(table, 1280, 720));
            stage.show();
            forcedFrame(table);
        }
        Random random = new Random(5);
        int steps = 300;
        // [table][frame kind: 0 pulse, 1 forced CSS][step]
        double[][][] scrolled = new double[2][2][steps];
        double[][] still = new double[2][steps];
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int i = 0; i < steps; i++) {
                int row = random.nextInt(N);
                int column = i % 4 == 0 ? random.nextInt(columns.columns().size()) : -1;
                for (int kind = 0; kind < 2; kind++) {
                    for (int k = 0; k < 2; k++) {
                        int t = (i + k) % 2; // alternate which table goes first
                        TableView<Integer> table = tables.get(t);
                        int target = kind == 0 ? row : (row + N / 2) % N;
                        long a = System.nanoTime();
                        table.scrollTo(target);
                        if (column >= 0) {
                            table.scrollToColumnIndex(column);
                        }
                        if (kind == 0) {
                            pulseFrame(table);
                        } else {
                            forcedFrame(table);
                        }
                        scrolled[t][kind][i] = (System.nanoTime() - a) / 1e6;
                        if (kind == 0) {
                            long b = System.nanoTime();
                            pulseFrame(table);
                            still[t][i] = (System.nanoTime() - b) / 1e6;
                        }
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        String[] names = {"before (value factory, default cells)", "now (DataColumns cells)"};
        for (int t = 0; t < 2; t++) {
            int cells = tables.get(t).lookupAll(".table-cell").size();
            out.append(String.format(Locale.ROOT, "scroll step, %s, %d cells on the scene:%n"
                    + "  pulse (CSS of changed nodes + layout): median %.1f ms, p99 %.1f ms, max %.1f ms;"
                    + " frame with no scroll median %.2f ms%n"
                    + "  forced CSS of the whole table (applyCss + layout): median %.1f ms, p99 %.1f ms%n",
                    names[t], cells, pct(scrolled[t][0], 50), pct(scrolled[t][0], 99), pct(scrolled[t][0], 100),
                    pct(still[t], 50), pct(scrolled[t][1], 50), pct(scrolled[t][1], 99)));
        }
        out.append(String.format(Locale.ROOT, "ratio before/now, pulse median: %.1fx; forced median: %.1fx",
                pct(scrolled[0][0], 50) / pct(scrolled[1][0], 50), pct(scrolled[0][1], 50)
                        / pct(scrolled[1][1], 50)));
        return out.toString();
    }

    /** What a frame's pulse does before painting: CSS of the nodes marked dirty, then layout. */
    private static void pulseFrame(TableView<Integer> table) {
        com.sun.javafx.scene.NodeHelper.processCSS(table.getScene().getRoot());
        table.getScene().getRoot().layout();
    }

    /** CSS forced over the whole table (applyCss), then layout: this benchmark's earlier measure. */
    private static void forcedFrame(TableView<Integer> table) {
        table.getScene().getRoot().applyCss();
        table.getScene().getRoot().layout();
    }

    static Survey survey(Random random) {
        List<Question> questions = new ArrayList<>();
        for (int q = 0; q < 100; q++) {
            questions.add(single("S" + q, 3 + q % 8, QuestionType.SINGLE, random));
        }
        for (int q = 0; q < 20; q++) {
            questions.add(single("SC" + q, 5, QuestionType.SCALE, random));
        }
        for (int q = 0; q < 15; q++) {
            List<String> options = new ArrayList<>();
            List<RespondentSet> ticks = new ArrayList<>();
            for (int o = 0; o < 8; o++) {
                options.add("option " + o);
                RespondentSet set = new RespondentSet(N);
                for (int r = 0; r < N; r++) {
                    if (random.nextInt(4) == 0) {
                        set.add(r);
                    }
                }
                ticks.add(set);
            }
            questions.add(Question.multi("M" + q, "M" + q, options, options, ticks, RespondentSet.all(N)));
        }
        for (int q = 0; q < 10; q++) {
            double[] values = new double[N];
            int[] codes = new int[N];
            for (int r = 0; r < N; r++) {
                values[r] = random.nextInt(100) + (q % 2 == 0 ? 0 : random.nextDouble());
                codes[r] = (int) values[r] / 25;
            }
            questions.add(Question.number("N" + q, "N" + q, "N" + q, values, List.of("0-", "25-", "50-", "75-"),
                    codes));
        }
        for (int q = 0; q < 4; q++) {
            String[] texts = new String[N];
            for (int r = 0; r < N; r++) {
                texts[r] = random.nextInt(3) == 0 ? null : "answer " + r + " to question " + q;
            }
            questions.add(Question.text("T" + q, "T" + q, QuestionType.TEXT, "T" + q, texts));
        }
        String[] ids = new String[N];
        Arrays.setAll(ids, r -> "R" + r);
        questions.add(Question.text("ID", "ID", QuestionType.ID, "ID", ids));
        return new Survey("bench", "bench", 1, 1, "generic", N, questions);
    }

    private static Question single(String id, int k, QuestionType type, Random random) {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            labels.add(id + " answer " + c);
        }
        int[] codes = new int[N];
        for (int r = 0; r < N; r++) {
            codes[r] = random.nextInt(k + 1) - 1;
        }
        return Question.categorical(id, id, type, type == QuestionType.SCALE, labels, List.of(id), codes);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double pct(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.min(sorted.length - 1, Math.round(p / 100 * (sorted.length - 1)));
        return sorted[i];
    }
}

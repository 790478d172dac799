package com.surveypivot.export.bench;

import com.surveypivot.analysis.CellOptions;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.analysis.bench.CrosstabBenchmark;
import com.surveypivot.export.ExportProgress;
import com.surveypivot.export.ExportTable;
import com.surveypivot.export.PptxDeck;
import com.surveypivot.export.SurveyBook;
import com.surveypivot.export.XlsxBook;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Benchmark of the whole-survey exports (not a unit test): a synthetic survey of 100,000 respondents with 150
 * questions (75 five-point scales with "Don't know", 75 four-answer single choices) and a banner of 5 attributes
 * (gender 2, age 6, region 8, size 5, job functions: a 6-option multi-response set), every table with statistics
 * and automatic NETs. Times, in the same run: computing the 150 tables ({@link SurveyBook#tables}), writing them as
 * an Excel table book ({@link XlsxBook}) and as a deck ({@link PptxDeck}), and a baseline: plain POI writing the same
 * numbers (counts and % of every cell) into 150 sheets with no styles, text or charts.
 *
 * <p>Run: {@code mvn -B -q -o test-compile exec:java -Dexec.mainClass=com.surveypivot.export.bench.ExportBenchmark
 * -Dexec.classpathScope=test} (optional argument: the number of runs, default 3).
 */
public final class ExportBenchmark {
    private static final int RESPONDENTS = 100_000;
    private static final int QUESTIONS = 150;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        SplittableRandom random = new SplittableRandom(20261203L);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < QUESTIONS; i++) {
            questions.add(i % 2 == 0 ? CrosstabBenchmark.scale("Q" + i, RESPONDENTS, random)
                    : CrosstabBenchmark.single("Q" + i, RESPONDENTS, 4, random));
        }
        List<Question> banner = List.of(CrosstabBenchmark.single("Gender", RESPONDENTS, 2, random),
                CrosstabBenchmark.single("Age", RESPONDENTS, 6, random),
                CrosstabBenchmark.single("Region", RESPONDENTS, 8, random),
                CrosstabBenchmark.single("Size", RESPONDENTS, 5, random),
                CrosstabBenchmark.multi("Job", RESPONDENTS, 6, random));
        List<Question> all = new ArrayList<>(questions);
        all.addAll(banner);
        Survey survey = new Survey("bench", "data", 1, 1, "plain", RESPONDENTS, all);
        TableSpec template = new TableSpec(questions.get(0), banner, null, null, null, List.of(),
                CellOptions.defaults());
        Path folder = Files.createTempDirectory("export-bench");
        System.out.printf(Locale.ROOT, "Java %s, %d cores; %,d respondents, %d questions x 5-attribute banner%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), RESPONDENTS,
                QUESTIONS);

        List<ExportTable> tables = SurveyBook.tables(survey, template, null, Locale.JAPANESE, ExportProgress.NONE);
        int columns = tables.get(0).table().columns().size();
        System.out.printf(Locale.ROOT, "%d tables, %d columns each%n", tables.size(), columns);
        Path xlsx = folder.resolve("book.xlsx");
        Path pptx = folder.resolve("deck.pptx");
        Path plain = folder.resolve("plain.xlsx");
        report("compute the 150 tables", time(runs, () -> SurveyBook.tables(survey, template, null,
                Locale.JAPANESE, ExportProgress.NONE)));
        double[] baseline = time(runs, () -> plain(tables, plain));
        report("baseline: plain POI, same numbers, no styles/charts", baseline);
        double[] book = time(runs, () -> XlsxBook.write(tables, "bench", xlsx, null, Locale.JAPANESE,
                ExportProgress.NONE));
        report("xlsx table book (150 sheets + index, native charts)", book);
        double[] deck = time(runs, () -> PptxDeck.write(tables, pptx, null, Locale.JAPANESE,
                PptxDeck.NotesPlacement.SLIDE, ExportProgress.NONE));
        report("pptx deck (150 slides, native charts, notes)", deck);
        System.out.printf(Locale.ROOT, "ratios to the baseline (wall): xlsx %.1fx, pptx %.1fx; sizes: xlsx %,d B, "
                + "pptx %,d B%n", book[0] / baseline[0], deck[0] / baseline[0], Files.size(xlsx), Files.size(pptx));
    }

    /** The same counts and percents, one sheet per table, with plain POI: what any xlsx writer has to pay. */
    private static void plain(List<ExportTable> tables, Path file) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (int t = 0; t < tables.size(); t++) {
                XSSFSheet sheet = book.createSheet("T" + t);
                var table = tables.get(t).table();
                for (int c = 0; c < table.columns().size(); c++) {
                    XSSFRow counts = sheet.createRow(2 * c);
                    XSSFRow percents = sheet.createRow(2 * c + 1);
                    for (int r = 0; r < table.rows().size(); r++) {
                        counts.createCell(r).setCellValue(table.rows().get(r).count(c));
                        percents.createCell(r).setCellValue(table.rows().get(r).percent(c) / 100);
                    }
                }
            }
            book.write(out);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /** Median wall and CPU time (ms) of the calling thread over {@code runs} runs after one warm-up run. */
    private static double[] time(int runs, Work work) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        work.run();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            System.gc();
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            work.run();
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
            wall[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[] {wall[runs / 2], cpu[runs / 2]};
    }

    private static void report(String what, double[] ms) {
        System.out.printf(Locale.ROOT, "  %-55s %9.0f ms wall (cpu %9.0f ms)%n", what, ms[0], ms[1]);
    }
}

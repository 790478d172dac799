package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.surveypivot.i18n.LocalizedText;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own mutation fuzzer over the reader (see docs/fuzzing.md): {@value #DEFAULT_ITERATIONS} seeded
 * mutants of good .xlsx, .xls, UTF-8 / Windows-31J .csv and .tsv files per build. It fails on a read that runs past
 * {@value #HANG_SECONDS} s, on anything thrown but {@link SurveyReadException}, and on a refusal or warning that
 * breaks {@link MessageRule}. Longer runs: {@code -Dsurveypivot.fuzz.seconds=3600} (and {@code .seed},
 * {@code .iterations}).
 */
class FuzzTest {
    static final int DEFAULT_ITERATIONS = 1500;
    static final int HANG_SECONDS = 10;

    @TempDir
    Path dir;

    static List<MutationFuzzer.Seed> seeds(Path dir) throws Exception {
        List<MutationFuzzer.Seed> seeds = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"ID", "Q1 性別", "Q2_1 趣味:読書", "Q2_2 趣味:映画", "Q3 満足度", "年齢", "回答日時", "E-mail",
            "Q4 コメント"});
        String[] levels = {"満足", "やや満足", "どちらともいえない", "やや不満", "不満"};
        for (int i = 0; i < 40; i++) {
            rows.add(new Object[] {i + 1, i % 2 == 0 ? "女性" : "男性", i % 3 == 0 ? 1 : null, i % 4 == 0 ? 1 : null,
                levels[i % 5], 20 + i, LocalDateTime.of(2024, 1 + i % 12, 1 + i % 28, i % 24, 0),
                "p" + i + "@example.com", i % 2 == 0 ? "とても良い" : "comment " + i});
        }
        List<Object[]> codebook = new ArrayList<>();
        codebook.add(new Object[] {"設問", "コード", "ラベル"});
        codebook.add(new Object[] {"Q1", 1, "女性"});
        Path xlsx = Fixtures.workbook(dir.resolve("seed.xlsx"), List.of("data", "コード表"), List.of(rows, codebook));
        seeds.add(new MutationFuzzer.Seed("xlsx", Files.readAllBytes(xlsx)));
        Path xls = dir.resolve("seed.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                OutputStream out = Files.newOutputStream(xls)) {
            var sheet = wb.createSheet("data");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                Object[] values = rows.get(r);
                for (int c = 0; c < 6; c++) {
                    if (values[c] instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (values[c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    }
                }
            }
            wb.write(out);
        }
        seeds.add(new MutationFuzzer.Seed("xls", Files.readAllBytes(xls)));
        String csv = HostileFiles.japaneseCsv() + "女性,30代,満足,\"引用符, 改行\nあり\"\n";
        seeds.add(new MutationFuzzer.Seed("csv", csv.getBytes(StandardCharsets.UTF_8)));
        seeds.add(new MutationFuzzer.Seed("csv", csv.getBytes(HostileFiles.SJIS)));
        seeds.add(new MutationFuzzer.Seed("tsv", csv.replace(',', '\t').getBytes(StandardCharsets.UTF_8)));
        return seeds;
    }

    @Test
    void mutantsAreReadOrRefusedInOneCleanLineWithinTenSeconds() throws Exception {
        long seed = Long.getLong("surveypivot.fuzz.seed", 20261203L);
        int iterations = Integer.getInteger("surveypivot.fuzz.iterations", DEFAULT_ITERATIONS);
        long seconds = Long.getLong("surveypivot.fuzz.seconds", 0L);
        long deadline = seconds > 0 ? System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds) : Long.MAX_VALUE;
        MutationFuzzer fuzzer = new MutationFuzzer(seeds(dir));
        ExecutorService reader = Executors.newSingleThreadExecutor();
        int opened = 0;
        int refused = 0;
        try {
            for (int i = 0; seconds > 0 ? System.nanoTime() < deadline : i < iterations; i++) {
                MutationFuzzer.Mutant mutant = fuzzer.mutant(seed, i);
                Path file = Files.write(dir.resolve("fuzz" + i + "." + mutant.extension()), mutant.bytes());
                String where = "seed " + seed + " iteration " + i + " (" + mutant.description() + ")";
                List<LocalizedText> warnings = new ArrayList<>();
                boolean names = i % 5 == 0;
                Future<Object> read = reader.submit(() -> names ? SurveyReader.sheetNames(file)
                        : SurveyReader.read(file, ReadOptions.defaults(), ReadProgress.collectingWarnings(warnings)));
                try {
                    read.get(HANG_SECONDS, TimeUnit.SECONDS);
                    opened++;
                    warnings.forEach(MessageRule::check);
                } catch (TimeoutException e) {
                    read.cancel(true);
                    fail(where + ": still reading after " + HANG_SECONDS + " s");
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof SurveyReadException refusal)) {
                        throw new AssertionError(where + ": threw " + e.getCause(), e.getCause());
                    }
                    refused++;
                    try {
                        MessageRule.check(refusal, file.getFileName().toString());
                    } catch (AssertionError rule) {
                        throw new AssertionError(where + ": " + rule.getMessage(), refusal);
                    }
                }
                Files.delete(file);
            }
        } finally {
            reader.shutdownNow();
            reader.awaitTermination(HANG_SECONDS, TimeUnit.SECONDS);
        }
        assertEquals(true, opened > 0 && refused > 0, "opened " + opened + ", refused " + refused);
    }

}

package com.surveypivot.io;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Random;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Load benchmark (a main class, not a unit test): generates a survey export of ROWS respondents × 150 columns
 * (single choice with Japanese labels, 0/1 multi-response groups, numbers, dates, free text), then times, in the
 * same run, a no-op Aalto StAX pass over the sheet XML (the floor), SurveyReader, and optionally POI's
 * XSSFWorkbook. Run: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.surveypivot.io.ReadBenchmark -Dexec.args="100000 /tmp/bench.xlsx [--xssf]"}
 */
public final class ReadBenchmark {
    private static final String[] INDUSTRY = {"製造", "IT・通信", "流通・小売", "金融・保険", "サービス", "その他"};
    private static final String[] SCALE = {"とても満足", "満足", "どちらともいえない", "不満", "とても不満"};

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = Path.of(args.length > 1 ? args[1] : "target/bench-" + rows + ".xlsx");
        boolean xssf = args.length > 2 && args[2].equals("--xssf");
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            generate(file, rows);
            System.out.printf("generated %s (%d rows × 150 columns, %.1f MB) in %.1f s%n", file, rows,
                    Files.size(file) / 1e6, (System.nanoTime() - t) / 1e9);
        }
        // wall time and this thread's CPU time (the reader is single-threaded; CPU time is steadier on a busy machine)
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long events = noOpParse(file);
            double floor = (System.nanoTime() - t0) / 1e9;
            double floorCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            System.gc();
            long c1 = cpu.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            var survey = SurveyReader.read(file);
            double load = (System.nanoTime() - t1) / 1e9;
            double loadCpu = (cpu.getCurrentThreadCpuTime() - c1) / 1e9;
            System.gc();
            System.out.printf("round %d: Aalto no-op parse %.2f s wall / %.2f s cpu (%d elements); SurveyReader %.2f s"
                    + " wall / %.2f s cpu (%d questions, %d respondents, %d MB live after load); ratio %.2f× wall,"
                    + " %.2f× cpu%n", round + 1, floor, floorCpu, events, load, loadCpu, survey.questions().size(),
                    survey.respondents(), usedHeap() >> 20, load / floor, loadCpu / floorCpu);
        }
        if (xssf) {
            long t2 = System.nanoTime();
            try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                System.out.printf("XSSFWorkbook %.2f s (%d rows)%n", (System.nanoTime() - t2) / 1e9,
                        wb.getSheetAt(0).getLastRowNum());
            }
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static long noOpParse(Path file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            long events = 0;
            try (InputStream in = reader.getSheetsData().next()) {
                XMLStreamReader xr = SecureStax.factory().createXMLStreamReader(in);
                while (xr.hasNext()) {
                    if (xr.next() == XMLStreamConstants.START_ELEMENT) {
                        events++;
                    }
                }
                xr.close();
            }
            pkg.revert();
            return events;
        }
    }

    static void generate(Path file, int rows) throws Exception {
        Random random = new Random(42);
        // shared strings, as Excel and survey tools write them (SXSSF's default would be inline strings)
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true);
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/mm/dd hh:mm"));
            Sheet sheet = wb.createSheet("回答データ");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("ベンチマーク調査 ローデータ");
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("回答者ID");
            header.createCell(1).setCellValue("回答日時");
            int c = 2;
            for (int q = 0; q < 40; q++) {
                header.createCell(c++).setCellValue("Q" + (q + 1) + " 設問" + (q + 1));
            }
            for (int g = 0; g < 8; g++) {
                for (int o = 0; o < 10; o++) {
                    header.createCell(c++).setCellValue("M" + (g + 1) + "_" + (o + 1) + " 複数回答" + (g + 1) + ":選択肢" + (o + 1));
                }
            }
            for (int s = 0; s < 20; s++) {
                header.createCell(c++).setCellValue("S" + (s + 1) + " 満足度" + (s + 1));
            }
            for (int n = 0; n < 6; n++) {
                header.createCell(c++).setCellValue("数値" + (n + 1));
            }
            header.createCell(c++).setCellValue("FA1 ご意見");
            header.createCell(c++).setCellValue("FA2 その他");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r + 2);
                int k = 0;
                row.createCell(k++).setCellValue(String.format("R%06d", r + 1));
                var cell = row.createCell(k++);
                cell.setCellValue(LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(random.nextInt(60 * 24 * 90)));
                cell.setCellStyle(date);
                for (int q = 0; q < 40; q++) {
                    row.createCell(k++).setCellValue(INDUSTRY[random.nextInt(INDUSTRY.length)]);
                }
                for (int g = 0; g < 8; g++) {
                    for (int o = 0; o < 10; o++) {
                        row.createCell(k++).setCellValue(random.nextInt(4) == 0 ? 1 : 0);
                    }
                }
                for (int s = 0; s < 20; s++) {
                    row.createCell(k++).setCellValue(SCALE[random.nextInt(SCALE.length)]);
                }
                for (int n = 0; n < 6; n++) {
                    row.createCell(k++).setCellValue(Math.round(random.nextGaussian() * 1000) / 10.0);
                }
                if (random.nextInt(5) == 0) {
                    row.createCell(k).setCellValue("意見" + random.nextInt(100_000) + "：もっと連携を強めたい");
                }
                k++;
                if (random.nextInt(10) == 0) {
                    row.createCell(k).setCellValue("その他の回答" + random.nextInt(1000));
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }
}

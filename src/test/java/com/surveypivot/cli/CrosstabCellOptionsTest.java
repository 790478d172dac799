package com.surveypivot.cli;

import static com.surveypivot.cli.CliReferenceTest.columnIndex;
import static com.surveypivot.cli.CliReferenceTest.json;
import static com.surveypivot.cli.CliReferenceTest.reference;
import static com.surveypivot.cli.CliReferenceTest.row;
import static com.surveypivot.cli.CliTest.assertOneLineError;
import static com.surveypivot.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The crosstab options of the engine issue: --cells, --multi-base, significance levels, --scores, --sort,
 * --hide-empty / --show-empty, --exclude and --where. Expected numbers come from R's references (counts turned into
 * row / table % in the test), from plain loops over the workbook's cells read with POI, or are worked by hand.
 */
class CrosstabCellOptionsTest {
    static String mass;
    static String hobbies;

    @BeforeAll
    static void files() throws URISyntaxException {
        mass = CliReferenceTest.resource("mass_survey.xlsx");
        hobbies = CliReferenceTest.resource("hobbies.xlsx");
    }

    /** R's Smoke × Exer counts as row label → column label → count (Total included). */
    private static Map<String, Map<String, Long>> smokeByExer() throws IOException {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (CSVRecord cell : reference("crosstabs.csv", r -> r.get("pair_id").equals("svy_01"))) {
            counts.computeIfAbsent(cell.get("row_label"), k -> new HashMap<>())
                    .put(cell.get("col_label"), Long.parseLong(cell.get("count")));
        }
        return counts;
    }

    /** Row % = count / the row's Total; table % = count / the table's n (236), both from R's counts. */
    @Test
    void rowAndTablePercentsOfSmokeByExerFromRCounts() throws IOException {
        Map<String, Map<String, Long>> r = smokeByExer();
        long n = 0;
        for (Map<String, Long> line : r.values()) {
            n += line.get("Total");
        }
        assertEquals(236, n);
        JsonNode rows = json(run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--cells", "row",
                "--format", "json"));
        JsonNode table = json(run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--cells", "table",
                "--format", "json"));
        Map<String, Integer> columns = columnIndex(rows);
        for (Map.Entry<String, Map<String, Long>> line : r.entrySet()) {
            long rowTotal = line.getValue().get("Total");
            for (Map.Entry<String, Long> cell : line.getValue().entrySet()) {
                int c = columns.get(cell.getKey());
                assertEquals(100.0 * cell.getValue() / rowTotal,
                        row(rows, line.getKey()).get("rowPercents").get(c).asDouble(), 1e-9);
                assertEquals(100.0 * cell.getValue() / n,
                        row(table, line.getKey()).get("tablePercents").get(c).asDouble(), 1e-9);
                // the column % stay as they were
                assertEquals(row(rows, line.getKey()).get("percents").get(c).asDouble(),
                        row(table, line.getKey()).get("percents").get(c).asDouble());
            }
            assertFalse(row(rows, line.getKey()).has("tablePercents"));
            assertFalse(row(table, line.getKey()).has("rowPercents"));
        }
        JsonNode plain = json(run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--format", "json"));
        assertFalse(plain.get("rows").get(0).has("rowPercents"));
        assertFalse(plain.get("columns").get(0).has("percentBase"));

        // csv: the % columns follow the choice
        List<CSVRecord> csv = csv(run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--cells", "row"));
        List<String> header = csv.get(0).toList();
        assertEquals(List.of("Answer", "Total n", "Total row %"), header.subList(0, 3));
        CSVRecord heavy = csv.stream().filter(l -> l.get(0).equals("Heavy")).findFirst().orElseThrow();
        int freq = header.indexOf("Freq row %");
        assertEquals(100.0 * r.get("Heavy").get("Freq") / r.get("Heavy").get("Total"),
                Double.parseDouble(heavy.get(freq)), 1e-9);
        List<CSVRecord> tcsv = csv(run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--cells", "table"));
        int some = tcsv.get(0).toList().indexOf("Some table %");
        CSVRecord never = tcsv.stream().filter(l -> l.get(0).equals("Never")).findFirst().orElseThrow();
        assertEquals(100.0 * r.get("Never").get("Some") / n, Double.parseDouble(never.get(some)), 1e-9);
    }

    /**
     * A multi-response question: row % splits each option's respondents over the columns of the (single-choice)
     * attribute, from R's selected counts; % of respondents answering and % of mentions match R.
     */
    @Test
    void multiResponseBasesMatchR() throws IOException {
        Predicate<CSVRecord> sex = r -> r.get("pair_id").equals("hob_01");
        List<CSVRecord> cells = reference("multi_response.csv", sex);
        for (String base : new String[] {"answering", "mentions"}) {
            JsonNode json = json(run("crosstab", hobbies, "--question", "Hobbies", "--by", "Sex", "--multi",
                    "Hobbies=" + CliReferenceTest.HOBBIES, "--multi-base", base, "--format", "json"));
            Map<String, Integer> columns = columnIndex(json);
            for (CSVRecord cell : cells) {
                int c = columns.get(cell.get("col_label"));
                JsonNode column = json.get("columns").get(c);
                JsonNode option = row(json, cell.get("option"));
                assertEquals(Long.parseLong(cell.get("selected")), option.get("counts").get(c).asLong());
                assertEquals(Long.parseLong(cell.get("col_base")), column.get("base").asLong(), "base unchanged");
                if (base.equals("answering")) {
                    assertEquals(Long.parseLong(cell.get("col_base_any")), column.get("percentBase").asLong());
                    assertEquals(Double.parseDouble(cell.get("col_pct_of_any")),
                            option.get("percents").get(c).asDouble(), 1e-9);
                } else {
                    assertEquals(Long.parseLong(cell.get("col_mentions")), column.get("percentBase").asLong());
                    assertEquals(Double.parseDouble(cell.get("col_pct_of_mentions")),
                            option.get("percents").get(c).asDouble(), 1e-9);
                }
            }
        }
        List<CSVRecord> csv = csv(run("crosstab", hobbies, "--question", "Hobbies", "--by", "Sex", "--multi",
                "Hobbies=" + CliReferenceTest.HOBBIES, "--multi-base", "mentions"));
        CSVRecord percentBase = csv.stream().filter(l -> l.get(0).equals("Percent base")).findFirst().orElseThrow();
        for (CSVRecord cell : cells) {
            int c = csv.get(0).toList().indexOf((cell.get("col_label").equals("Total") ? "Total"
                    : cell.get("col_label")) + " n");
            assertEquals(cell.get("col_mentions"), percentBase.get(c));
        }
        JsonNode rowPct = json(run("crosstab", hobbies, "--question", "Hobbies", "--by", "Sex", "--multi",
                "Hobbies=" + CliReferenceTest.HOBBIES, "--cells", "row", "--format", "json"));
        Map<String, Integer> columns = columnIndex(rowPct);
        Map<String, Long> optionTotal = new HashMap<>();
        for (CSVRecord cell : cells) {
            if (cell.get("col_label").equals("Total")) {
                optionTotal.put(cell.get("option"), Long.parseLong(cell.get("selected")));
            }
        }
        for (CSVRecord cell : cells) {
            int c = columns.get(cell.get("col_label"));
            assertEquals(100.0 * Long.parseLong(cell.get("selected")) / optionTotal.get(cell.get("option")),
                    row(rowPct, cell.get("option")).get("rowPercents").get(c).asDouble(), 1e-9, cell.toString());
        }
    }

    /** Q Yes/No × G A/B/C, 40 per column, the table worked by hand in analysis.ColumnStatisticsTest. */
    static Path letters() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        int[][] counts = {{30, 20, 10}, {10, 20, 30}};
        String[] answers = {"Yes", "No"};
        String[] groups = {"A", "B", "C"};
        for (int a = 0; a < 2; a++) {
            for (int g = 0; g < 3; g++) {
                for (int i = 0; i < counts[a][g]; i++) {
                    rows.add(new Object[] {answers[a], groups[g]});
                }
            }
        }
        return Workbooks.write("letters", List.of("Q", "G"), rows);
    }

    /** The letters of the Yes row keyed by column label, written with the column letters A/B/C → labels. */
    private static Map<String, String> yesLetters(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("crosstab", letters().toString(), "--question", "Q", "--by", "G",
                "--stats", "--format", "json"));
        args.addAll(List.of(options));
        JsonNode json = json(run(args.toArray(String[]::new)));
        Map<String, String> byLetter = new HashMap<>();
        for (JsonNode column : json.get("columns")) {
            if (!column.get("letter").isNull()) {
                byLetter.put(column.get("letter").asText(), column.get("label").asText());
            }
        }
        Map<String, String> out = new HashMap<>();
        JsonNode yes = row(json, "Yes");
        for (int c = 1; c < json.get("columns").size(); c++) {
            StringBuilder named = new StringBuilder();
            for (char letter : yes.get("letters").get(c).asText().toCharArray()) {
                String label = byLetter.get(String.valueOf(Character.toUpperCase(letter)));
                named.append(Character.isUpperCase(letter) ? label : label.toLowerCase());
            }
            out.put(json.get("columns").get(c).get("label").asText(), named.toString());
        }
        return out;
    }

    /*
     * By hand (ColumnStatisticsTest): A vs B and B vs C p = 0.0209 (5% not 1%: lower case), A vs C p = 7.7e-6.
     *   default 95/99:   Yes: A "bC", B "c", C "".
     *   --bonferroni:    .0209·3 = .0628 > .05 gone; 7.7e-6·3 < .01 stays → A "C".
     *   --level 97.5:    .0209 < .025 still lower case → as default.
     *   --level 98:      .0209 > .02 → gone → A "C".
     *   --strict-level 99.9999: 7.7e-6 > 1e-6 → lower case "c" (and "b") → A "bc", B "c".
     *   --min-base 41:   every column (40) is under it → no letters.
     */
    @Test
    void levelsBonferroniAndMinimumBaseChangeTheLetters() throws IOException {
        assertEquals(Map.of("A", "bC", "B", "c", "C", ""), yesLetters());
        assertEquals(Map.of("A", "C", "B", "", "C", ""), yesLetters("--bonferroni"));
        assertEquals(Map.of("A", "bC", "B", "c", "C", ""), yesLetters("--level", "97.5"));
        assertEquals(Map.of("A", "C", "B", "", "C", ""), yesLetters("--level", "98"));
        assertEquals(Map.of("A", "bc", "B", "c", "C", ""), yesLetters("--strict-level", "99.9999"));
        assertEquals(Map.of("A", "", "B", "", "C", ""), yesLetters("--min-base", "41"));
        // --small-base only flags; the letters stay
        assertEquals(Map.of("A", "bC", "B", "c", "C", ""), yesLetters("--small-base", "10"));
    }

    /*
     * A 5-point scale plus "わからない": 3 × とても悩んでいる, 2 × 悩んでいる, 1 each of the other points, 2 × わからない.
     * Default scores 5..1, わからない excluded: (15 + 8 + 3 + 2 + 1) / 8 = 29/8 = 3.625.
     * --scores "とても悩んでいる=10|悩んでいる=7|どちらともいえない=x": (30 + 14 + 2 + 1) / 7 = 47/7.
     */
    @Test
    void editedScoresGiveTheHandWorkedMean() throws IOException {
        String[] labels = {"とても悩んでいる", "悩んでいる", "どちらともいえない", "あまり悩んでいない", "まったく悩んでいない",
            "わからない"};
        int[] times = {3, 2, 1, 1, 1, 2};
        List<Object[]> rows = new ArrayList<>();
        for (int a = 0; a < labels.length; a++) {
            for (int i = 0; i < times[a]; i++) {
                rows.add(new Object[] {labels[a], i % 2 == 0 ? "x" : "y"});
            }
        }
        String file = Workbooks.write("scale", List.of("S", "G"), rows).toString();
        JsonNode plain = json(run("crosstab", file, "--question", "S", "--by", "G", "--format", "json"));
        assertEquals(29.0 / 8, plain.get("columns").get(0).get("mean").asDouble(), 1e-12);
        assertEquals(8, plain.get("columns").get(0).get("meanBase").asInt());
        JsonNode edited = json(run("crosstab", file, "--question", "S", "--by", "G", "--format", "json",
                "--scores", "とても悩んでいる=10|悩んでいる=7|どちらともいえない=x"));
        assertEquals(47.0 / 7, edited.get("columns").get(0).get("mean").asDouble(), 1e-12);
        assertEquals(7, edited.get("columns").get(0).get("meanBase").asInt());

        CliTest.Run unknown = run("crosstab", file, "--question", "S", "--by", "G", "--scores", "Great=10");
        assertEquals(1, unknown.code());
        assertOneLineError(unknown);
        assertTrue(unknown.err().contains("Great"), unknown.err());
        CliTest.Run malformed = run("crosstab", file, "--question", "S", "--by", "G", "--scores", "Great");
        assertEquals(2, malformed.code());
        assertOneLineError(malformed);
    }

    /** R's Total counts: Never 189, Occas 19, Regul 17, Heavy 11 → --sort total gives that order. */
    @Test
    void sortByTotal() throws IOException {
        Map<String, Map<String, Long>> r = smokeByExer();
        List<String> expected = r.keySet().stream()
                .sorted((a, b) -> Long.compare(r.get(b).get("Total"), r.get(a).get("Total"))).toList();
        assertEquals(List.of("Never", "Occas", "Regul", "Heavy"), expected);
        JsonNode json = json(run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--sort", "total",
                "--format", "json"));
        List<String> order = new ArrayList<>();
        json.get("rows").forEach(row -> order.add(row.get("label").asText()));
        assertEquals(expected, order);
    }

    /** Top-box sort of columns: shares computed by a plain loop over the workbook. */
    @Test
    void sortColumnsByTopBox() throws IOException {
        String[] labels = {"とても悩んでいる", "悩んでいる", "どちらともいえない", "あまり悩んでいない", "まったく悩んでいない"};
        // column p: 1 of 4 in the top-2 box; q: 3 of 4; r: 2 of 4 → order q, r, p
        String[][] answers = {{"p", "0"}, {"p", "4"}, {"p", "3"}, {"p", "2"}, {"q", "0"}, {"q", "1"}, {"q", "1"},
            {"q", "4"}, {"r", "1"}, {"r", "0"}, {"r", "3"}, {"r", "2"}};
        List<Object[]> rows = new ArrayList<>();
        for (String[] a : answers) {
            rows.add(new Object[] {labels[Integer.parseInt(a[1])], a[0]});
        }
        String file = Workbooks.write("topbox", List.of("S", "G"), rows).toString();
        JsonNode json = json(run("crosstab", file, "--question", "S", "--by", "G", "--sort", "topbox",
                "--format", "json"));
        List<String> order = new ArrayList<>();
        json.get("columns").forEach(c -> order.add(c.get("label").asText()));
        assertEquals(List.of("Total", "q", "r", "p"), order);
    }

    /**
     * Keeping only Smoke=Never: the other answers have no respondents and are left out (the default, also
     * --hide-empty); --show-empty keeps them as rows of zeros. Never's counts against R.
     */
    @Test
    void hideAndShowEmptyRows() throws IOException {
        Map<String, Map<String, Long>> r = smokeByExer();
        JsonNode hidden = json(run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--filter",
                "Smoke=Never", "--hide-empty", "--format", "json"));
        assertEquals(1, hidden.get("rows").size());
        Map<String, Integer> columns = columnIndex(hidden);
        for (Map.Entry<String, Long> cell : r.get("Never").entrySet()) {
            assertEquals(cell.getValue(), row(hidden, "Never").get("counts").get(columns.get(cell.getKey()))
                    .asLong());
        }
        JsonNode shown = json(run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--filter",
                "Smoke=Never", "--show-empty", "--format", "json"));
        assertEquals(4, shown.get("rows").size());
        for (String other : List.of("Heavy", "Occas", "Regul")) {
            row(shown, other).get("counts").forEach(count -> assertEquals(0, count.asLong()));
        }
        CliTest.Run both = run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--hide-empty",
                "--show-empty");
        assertEquals(2, both.code());
        assertOneLineError(both);
    }

    /** Smoke × Exer counts over the workbook's cells for the respondents {@code keep} selects. */
    private static Map<String, Map<String, Long>> plainCounts(Predicate<Map<String, String>> keep)
            throws IOException {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Map<String, String> respondent : Workbooks.read(Path.of(mass))) {
            String smoke = respondent.get("Smoke");
            String exer = respondent.get("Exer");
            if (smoke.isEmpty() || exer.isEmpty() || !keep.test(respondent)) {
                continue;
            }
            Map<String, Long> line = counts.computeIfAbsent(smoke, k -> new HashMap<>());
            line.merge(exer, 1L, Long::sum);
            line.merge("Total", 1L, Long::sum);
        }
        return counts;
    }

    private static void assertCounts(Map<String, Map<String, Long>> expected, JsonNode json) {
        Map<String, Integer> columns = columnIndex(json);
        assertEquals(expected.size(), json.get("rows").size(), json.toString());
        long total = 0;
        for (Map.Entry<String, Map<String, Long>> line : expected.entrySet()) {
            JsonNode counts = row(json, line.getKey()).get("counts");
            for (String column : columns.keySet()) {
                assertEquals(line.getValue().getOrDefault(column, 0L), counts.get(columns.get(column)).asLong(),
                        line.getKey() + " / " + column);
            }
            total += line.getValue().get("Total");
        }
        assertEquals(total, json.get("columns").get(0).get("base").asLong());
    }

    @Test
    void whereWithOrAndNotMatchesPlainLoops() throws IOException {
        assertCounts(plainCounts(p -> p.get("Sex").equals("Male")
                && !(p.get("W.Hnd").equals("Left") || p.get("Clap").equals("Neither"))),
                json(run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--format", "json", "--where",
                        "Sex=Male and not (W.Hnd=Left or Clap=Neither)")));
        assertCounts(plainCounts(p -> p.get("Sex").equals("Female") || p.get("Fold").equals("L on R")
                && !p.get("Clap").equals("Right")),
                json(run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--format", "json", "--where",
                        "Sex=Female OR Fold=\"L on R\" and NOT Clap=Right")));
        // labels with spaces unquoted; --exclude is "not"; all and-combined with --filter
        assertCounts(plainCounts(p -> (p.get("Fold").equals("R on L") || p.get("Fold").equals("Neither"))
                && !p.get("Sex").equals("Female") && !p.get("M.I").equals("Metric")),
                json(run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--format", "json",
                        "--where", "Fold=R on L|Neither", "--exclude", "Sex=Female", "--where", "not M.I=Metric")));
    }

    @Test
    void badExpressionIsAUsageErrorAndUnknownNamesAreInputErrors() {
        for (String bad : new String[] {"Sex=Male and (W.Hnd=Left", "Sex=", "and Sex=Male", "Sex Male",
            "Sex=\"Male", ""}) {
            CliTest.Run run = run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--where", bad);
            assertEquals(2, run.code(), bad + ": " + run.err());
            assertOneLineError(run);
            assertTrue(run.err().contains("--where"), run.err());
            assertEquals("", run.out());
        }
        CliTest.Run unknown = run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--where",
                "Sex=Male or Nope=1");
        assertEquals(1, unknown.code());
        assertOneLineError(unknown);
        assertTrue(unknown.err().contains("Nope"), unknown.err());
        CliTest.Run answer = run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--where", "Sex=Mal");
        assertEquals(1, answer.code());
        assertOneLineError(answer);
        assertTrue(answer.err().contains("Mal"), answer.err());
        CliTest.Run exclude = run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--exclude", "Nope=1");
        assertEquals(1, exclude.code());
        assertOneLineError(exclude);
        CliTest.Run levels = run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--level", "99",
                "--strict-level", "95");
        assertEquals(2, levels.code());
        assertOneLineError(levels);
    }

    static List<CSVRecord> csv(CliTest.Run run) throws IOException {
        assertEquals(0, run.code(), run.err());
        return CSVFormat.DEFAULT.parse(new StringReader(run.out().substring(1))).getRecords();
    }
}

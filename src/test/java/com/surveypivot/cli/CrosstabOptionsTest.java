package com.surveypivot.cli;

import static com.surveypivot.cli.CliReferenceTest.columnIndex;
import static com.surveypivot.cli.CliReferenceTest.json;
import static com.surveypivot.cli.CliReferenceTest.reference;
import static com.surveypivot.cli.CliReferenceTest.row;
import static com.surveypivot.cli.CliTest.assertOneLineError;
import static com.surveypivot.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code crosstab}'s issue-3 options (--by repeated and --nest, --filter, --weight, --net, --stats) through
 * {@link Cli#run}, each against numbers computed independently: R's references, plain loops over the workbook read
 * with POI, or tables worked by hand in the comments.
 */
class CrosstabOptionsTest {
    private static final double EPS = 1e-9;
    static String mass;
    static String hobbies;
    static List<Map<String, String>> massRows;

    @BeforeAll
    static void files() throws URISyntaxException, IOException {
        mass = CliReferenceTest.resource("mass_survey.xlsx");
        hobbies = CliReferenceTest.resource("hobbies.xlsx");
        massRows = Workbooks.read(Path.of(mass));
    }

    /** R's hob_04: Hobbies by Marital status, only Sex == "F". */
    @Test
    void filterMatchesRsFilteredMultiResponseTable() throws IOException {
        JsonNode json = json(run("crosstab", hobbies, "--question", "Hobbies", "--by", "Marital status",
                "--multi", "Hobbies=" + CliReferenceTest.HOBBIES, "--filter", "Sex=F", "--format", "json"));
        Map<String, Integer> columns = columnIndex(json);
        List<CSVRecord> cells = reference("multi_response.csv", r -> r.get("pair_id").equals("hob_04"));
        assertEquals(17 * 6, cells.size());
        for (CSVRecord cell : cells) {
            Integer c = columns.get(cell.get("col_label"));
            assertNotNull(c, cell.get("col_label"));
            JsonNode row = row(json, cell.get("option"));
            assertEquals(Long.parseLong(cell.get("selected")), row.get("counts").get(c).asLong(), cell.toString());
            assertEquals(Long.parseLong(cell.get("col_base")), json.get("columns").get(c).get("base").asLong());
            assertEquals(Double.parseDouble(cell.get("col_pct")), row.get("percents").get(c).asDouble(), EPS);
        }
        List<CSVRecord> tests = reference("multi_response_chisq.csv", r -> r.get("pair_id").equals("hob_04"));
        assertEquals(17, tests.size());
        for (CSVRecord chi : tests) {
            JsonNode test = row(json, chi.get("option")).get("chiSquare");
            assertEquals(Double.parseDouble(chi.get("chi2")), test.get("statistic").asDouble(), EPS);
            assertEquals(Integer.parseInt(chi.get("df")), test.get("df").asInt());
            double p = Double.parseDouble(chi.get("p_value"));
            assertEquals(p, test.get("pValue").asDouble(), Math.max(1e-9 * p, 1e-300), chi.toString());
        }
        assertTrue(json.get("chiSquare").isNull(), "no single chi-square for a multi-response question");
    }

    /**
     * Two filters are and-combined: Smoke by Exer for Sex=Female and W.Hnd=Right equals plain loops over the rows.
     */
    @Test
    void filtersAreAndCombined() throws IOException {
        JsonNode json = json(run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--filter", "Sex=Female",
                "--filter", "W.Hnd=Right", "--format", "json"));
        Map<String, Integer> columns = columnIndex(json);
        Map<String, Integer> bases = new LinkedHashMap<>();
        Map<String, Integer> never = new LinkedHashMap<>();
        for (Map<String, String> r : massRows) {
            if (r.get("Sex").equals("Female") && r.get("W.Hnd").equals("Right") && !r.get("Smoke").isEmpty()
                    && !r.get("Exer").isEmpty()) {
                for (String column : List.of("Total", r.get("Exer"))) {
                    bases.merge(column, 1, Integer::sum);
                    never.merge(column, r.get("Smoke").equals("Never") ? 1 : 0, Integer::sum);
                }
            }
        }
        assertEquals(bases.size(), json.get("columns").size());
        for (String column : bases.keySet()) {
            int c = columns.get(column);
            assertEquals(bases.get(column), json.get("columns").get(c).get("base").asInt(), column);
            assertEquals(never.get(column), row(json, "Never").get("counts").get(c).asInt(), column);
        }
    }

    /**
     * Hand-worked weights (6 respondents):
     * <pre>
     *   Grp Ans  W         A: Yes 1+2 = 3, No 1        base 4, Σw² = 1+4+1 = 6,          eff 16/6   = 2.6667
     *   A   Yes  1         B: Yes .5, No 3+1.5 = 4.5   base 5, Σw² = .25+9+2.25 = 11.5,  eff 25/11.5 = 2.1739
     *   A   Yes  2         Total: Yes 3.5, No 5.5      base 9, Σw² = 17.5,               eff 81/17.5 = 4.6286
     *   A   No   1         %: A Yes 75, B Yes 10, Total Yes 3.5/9 = 38.888…
     *   B   Yes  .5
     *   B   No   3         chi-square on the weighted counts rescaled to the effective base (factor s = 4.6286/9):
     *   B   No   1.5       2×2 [[3, .5], [1, 4.5]], N 9: N(ad − bc)²/(r1 r2 c1 c2) = 9·13²/(3.5·5.5·4·5) = 1521/385,
     *                      times s.
     * </pre>
     */
    @Test
    void weightGivesWeightedCountsBasesAndKishEffectiveBases() throws IOException {
        Path file = Workbooks.write("weighted", List.of("Grp", "Ans", "W"), List.of(
                new Object[] {"A", "Yes", 1}, new Object[] {"A", "Yes", 2}, new Object[] {"A", "No", 1},
                new Object[] {"B", "Yes", 0.5}, new Object[] {"B", "No", 3}, new Object[] {"B", "No", 1.5}));
        JsonNode json = json(run("crosstab", file.toString(), "--question", "Ans", "--by", "Grp", "--weight", "W",
                "--format", "json"));
        assertTrue(json.get("weighted").asBoolean());
        Map<String, Integer> columns = columnIndex(json);
        double[][] expected = { // weighted base, unweighted base, effective base, Yes count, Yes %
            {9, 6, 81 / 17.5, 3.5, 100 * 3.5 / 9}, {4, 3, 16 / 6.0, 3, 75}, {5, 3, 25 / 11.5, 0.5, 10}};
        String[] labels = {"Total", "A", "B"};
        for (int i = 0; i < labels.length; i++) {
            JsonNode column = json.get("columns").get(columns.get(labels[i]));
            assertEquals(expected[i][0], column.get("base").asDouble(), EPS, labels[i]);
            assertEquals(expected[i][0], column.get("weightedBase").asDouble(), EPS, labels[i]);
            assertEquals((int) expected[i][1], column.get("unweightedBase").asInt(), labels[i]);
            assertEquals(expected[i][2], column.get("effectiveBase").asDouble(), EPS, labels[i]);
            JsonNode yes = row(json, "Yes");
            assertEquals(expected[i][3], yes.get("counts").get(columns.get(labels[i])).asDouble(), EPS);
            assertEquals(expected[i][4], yes.get("percents").get(columns.get(labels[i])).asDouble(), EPS);
        }
        assertEquals(1521.0 / 385 * (81 / 17.5 / 9), json.get("chiSquare").get("statistic").asDouble(), EPS);

        CliTest.Run csvRun = run("crosstab", file.toString(), "--question", "Ans", "--by", "Grp", "--weight", "W");
        assertEquals(0, csvRun.code(), csvRun.err());
        List<CSVRecord> lines = csv(csvRun.out());
        List<String> header = lines.get(0).toList();
        CSVRecord base = line(lines, "Base (n)");
        CSVRecord weighted = line(lines, "Weighted base");
        CSVRecord effective = line(lines, "Effective base");
        int a = header.indexOf("A n");
        assertEquals("3", base.get(a));
        assertEquals(4, Double.parseDouble(weighted.get(a)), EPS);
        assertEquals(16 / 6.0, Double.parseDouble(effective.get(a)), EPS);
        assertEquals(3, Double.parseDouble(line(lines, "Yes").get(a)), EPS);
        assertEquals(75, Double.parseDouble(line(lines, "Yes").get(a + 1)), EPS);
    }

    /** Smoke by Exer and by Sex side by side: each group's chi-square and cells are its own single table's. */
    @Test
    void bannerGroupsCarryEachAttributesOwnChiSquare() throws IOException {
        JsonNode banner = json(run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--by", "Sex",
                "--format", "json"));
        JsonNode groups = banner.get("groups");
        assertEquals(2, groups.size());
        assertTrue(banner.get("chiSquare").isNull(), "a banner of several attributes has no single chi-square");
        CSVRecord r = reference("chisq.csv", x -> x.get("pair_id").equals("svy_01")).get(0);
        assertEquals(Double.parseDouble(r.get("chi2")), groups.get(0).get("chiSquare").get("statistic").asDouble(),
                EPS);
        assertEquals(Double.parseDouble(r.get("p_value")), groups.get(0).get("chiSquare").get("pValue").asDouble(),
                EPS);
        String[] attributes = {"Exer", "Sex"};
        for (int g = 0; g < 2; g++) {
            JsonNode group = groups.get(g);
            assertEquals(attributes[g], group.get("attribute").asText());
            JsonNode single = json(run("crosstab", mass, "--question", "Smoke", "--by", attributes[g],
                    "--format", "json"));
            JsonNode chi = single.get("chiSquare");
            for (String field : List.of("statistic", "pValue", "minExpected")) {
                assertEquals(chi.get(field).asDouble(), group.get("chiSquare").get(field).asDouble(), EPS, field);
            }
            assertEquals(chi.get("df").asInt(), group.get("chiSquare").get("df").asInt());
            Map<String, Integer> singleColumns = columnIndex(single);
            for (int c = group.get("from").asInt(); c < group.get("to").asInt(); c++) {
                JsonNode column = banner.get("columns").get(c);
                assertEquals(attributes[g], column.get("group").asText());
                assertEquals(String.valueOf((char) ('A' + c - group.get("from").asInt())),
                        column.get("letter").asText());
                int s = singleColumns.get(column.get("label").asText());
                assertEquals(single.get("columns").get(s).get("base").asInt(), column.get("base").asInt());
                for (JsonNode row : single.get("rows")) {
                    assertEquals(row.get("counts").get(s).asInt(),
                            row(banner, row.get("label").asText()).get("counts").get(c).asInt());
                }
            }
        }
        assertTrue(banner.get("columns").get(0).get("letter").isNull(), "the Total has no letter");
    }

    /** Smoke by Exer nested within Sex: every cell equals a count by plain loops over the three columns. */
    @Test
    void nestedBannerCountsEqualPlainLoops() throws IOException {
        JsonNode json = json(run("crosstab", mass, "--question", "Smoke", "--by", "Sex", "--by", "Exer", "--nest",
                "--format", "json"));
        JsonNode columns = json.get("columns");
        int checked = 0;
        for (int c = 1; c < columns.size(); c++) {
            String sex = columns.get(c).get("group").asText();
            String exer = columns.get(c).get("label").asText();
            int base = 0;
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Map<String, String> r : massRows) {
                if (r.get("Sex").equals(sex) && r.get("Exer").equals(exer) && !r.get("Smoke").isEmpty()) {
                    base++;
                    counts.merge(r.get("Smoke"), 1, Integer::sum);
                }
            }
            assertEquals(base, columns.get(c).get("base").asInt(), sex + "/" + exer);
            for (JsonNode row : json.get("rows")) {
                assertEquals(counts.getOrDefault(row.get("label").asText(), 0), row.get("counts").get(c).asInt());
                checked++;
            }
        }
        assertEquals(2 * 3 * 4, checked, "Female/Male × Freq/Some/None × 4 answers");
        assertEquals(2, json.get("groups").size());
    }

    /** A NET counts each respondent once if they gave any of its answers: equal to an any-of count by loops. */
    @Test
    void netRowCountsEqualAnyOfCountsByPlainLoops() throws IOException {
        JsonNode json = json(run("crosstab", mass, "--question", "Smoke", "--by", "Exer",
                "--net", "Smokers=Heavy|Regul|Occas", "--net", "Light=Occas", "--format", "json"));
        JsonNode smokers = row(json, "Smokers");
        assertTrue(smokers.get("net").asBoolean());
        assertEquals(List.of("Heavy", "Regul", "Occas"), strings(smokers.get("members")));
        assertFalse(row(json, "Never").get("net").asBoolean());
        assertEquals(0, row(json, "Never").get("members").size());
        Map<String, Integer> columns = columnIndex(json);
        Map<String, Integer> anyOf = new LinkedHashMap<>();
        Map<String, Integer> bases = new LinkedHashMap<>();
        Set<String> net = Set.of("Heavy", "Regul", "Occas");
        for (Map<String, String> r : massRows) {
            if (r.get("Smoke").isEmpty() || r.get("Exer").isEmpty()) {
                continue;
            }
            for (String column : List.of("Total", r.get("Exer"))) {
                bases.merge(column, 1, Integer::sum);
                anyOf.merge(column, net.contains(r.get("Smoke")) ? 1 : 0, Integer::sum);
            }
        }
        for (String column : anyOf.keySet()) {
            int c = columns.get(column);
            assertEquals(anyOf.get(column), smokers.get("counts").get(c).asInt(), column);
            assertEquals(100.0 * anyOf.get(column) / bases.get(column), smokers.get("percents").get(c).asDouble(),
                    EPS);
        }
        List<CSVRecord> lines = csv(run("crosstab", mass, "--question", "Smoke", "--by", "Exer",
                "--net", "Smokers=Heavy|Regul|Occas").out());
        assertEquals(String.valueOf(anyOf.get("Total")), line(lines, "Smokers (NET: Heavy|Regul|Occas)").get(1));
    }

    /**
     * Top/bottom boxes of a 5-point scale appear only with --auto-nets, so that a plain crosstab's answer rows still
     * sum to 100% per column. TOP2 of the sample's Q3 = とても悩んでいる + 悩んでいる, BOTTOM2 = the last two points.
     */
    @Test
    void automaticBoxesOnlyWhenAsked() throws IOException {
        JsonNode plain = json(run("crosstab", "sample", "--question", "Q3", "--by", "役職", "--format", "json"));
        for (JsonNode row : plain.get("rows")) {
            assertFalse(row.get("net").asBoolean(), row.get("label").asText());
        }
        JsonNode boxed = json(run("crosstab", "sample", "--question", "Q3", "--by", "役職", "--auto-nets",
                "--format", "json"));
        List<JsonNode> nets = new java.util.ArrayList<>();
        boxed.get("rows").forEach(r -> {
            if (r.get("net").asBoolean()) {
                nets.add(r);
            }
        });
        assertEquals(2, nets.size());
        JsonNode top = nets.get(0);
        assertEquals(List.of("とても悩んでいる", "悩んでいる"), strings(top.get("members")));
        for (int c = 0; c < plain.get("columns").size(); c++) {
            int expected = row(plain, "とても悩んでいる").get("counts").get(c).asInt()
                    + row(plain, "悩んでいる").get("counts").get(c).asInt();
            assertEquals(expected, top.get("counts").get(c).asInt());
        }
        assertEquals(List.of("あまり悩んでいない", "まったく悩んでいない"), strings(nets.get(1).get("members")));
    }

    /**
     * The table of ColumnStatisticsTest, as a workbook of 120 respondents:
     * <pre>
     *          A    B    C  | Total
     *   Yes   30   20   10  |  60
     *   No    10   20   30  |  60
     *   n     40   40   40  | 120
     * </pre>
     * Letters (pooled two-proportion z, two-sided): A vs B z = .25/√(.625·.375·2/40) = 2.3094, p = .0209 → lower
     * case; A vs C z = .5/√(.25·2/40) = 4.4721, p = 7.7e-6 → upper case; B vs C like A vs B. Yes: A "bC", B "c",
     * C ""; No: A "", B "a", C "Ab". vsRest: each column against the other two (A Yes 30/40 vs 30/80), computed below
     * with the pooled z and the normal distribution; adjusted residual Yes/A = 10/√(20·.5·(2/3)) = 3.872983346207417.
     */
    @Test
    void statsGiveLettersResidualsAndVsRestOnAHandWorkedTable() throws IOException {
        int[][] counts = {{30, 20, 10}, {10, 20, 30}};
        String[] groups = {"A", "B", "C"};
        String[] answers = {"Yes", "No"};
        List<Object[]> rows = new ArrayList<>();
        for (int a = 0; a < 2; a++) {
            for (int g = 0; g < 3; g++) {
                for (int i = 0; i < counts[a][g]; i++) {
                    rows.add(new Object[] {groups[g], answers[a]});
                }
            }
        }
        Path file = Workbooks.write("letters", List.of("G", "Q"), rows);
        JsonNode json = json(run("crosstab", file.toString(), "--question", "Q", "--by", "G", "--stats",
                "--format", "json"));
        Map<String, Integer> columns = columnIndex(json);
        Map<String, String> letterOf = new LinkedHashMap<>();
        for (String g : groups) {
            letterOf.put(g, json.get("columns").get(columns.get(g)).get("letter").asText());
        }
        String lowerB = letterOf.get("B").toLowerCase();
        Map<String, String[]> expected = Map.of(
                "Yes", new String[] {lowerB + letterOf.get("C"), letterOf.get("C").toLowerCase(), ""},
                "No", new String[] {"", letterOf.get("A").toLowerCase(), letterOf.get("A") + lowerB});
        NormalDistribution normal = new NormalDistribution();
        for (int a = 0; a < 2; a++) {
            JsonNode row = row(json, answers[a]);
            assertTrue(row.get("letters").get(0).isNull(), "no letters for the Total");
            assertTrue(row.get("vsRest").get(0).isNull());
            for (int g = 0; g < 3; g++) {
                int c = columns.get(groups[g]);
                assertEquals(chars(expected.get(answers[a])[g]), chars(row.get("letters").get(c).asText()),
                        answers[a] + "/" + groups[g]);
                double p1 = counts[a][g] / 40.0;
                double p2 = (counts[a][0] + counts[a][1] + counts[a][2] - counts[a][g]) / 80.0;
                double pooled = (counts[a][0] + counts[a][1] + counts[a][2]) / 120.0;
                double z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / 40.0 + 1 / 80.0));
                double p = 2 * (1 - normal.cumulativeProbability(Math.abs(z)));
                assertEquals(p, row.get("vsRest").get(c).asDouble(), 1e-12, answers[a] + "/" + groups[g]);
                assertEquals(z, row.get("residuals").get(c).asDouble(), EPS);
            }
        }
        assertEquals(3.872983346207417, row(json, "Yes").get("residuals").get(columns.get("A")).asDouble(), EPS);

        List<CSVRecord> lines = csv(run("crosstab", file.toString(), "--question", "Q", "--by", "G", "--stats")
                .out());
        List<String> header = lines.get(0).toList();
        CSVRecord yesLetters = line(lines, "Yes (column letters)");
        assertEquals(chars(expected.get("Yes")[0]), chars(yesLetters.get(header.indexOf("A %"))));
        assertEquals(letterOf.get("C"), line(lines, "Column letter").get(header.indexOf("C n")));
        assertFalse(json(run("crosstab", file.toString(), "--question", "Q", "--by", "G", "--format", "json"))
                .get("rows").get(0).has("letters"), "letters only with --stats");
    }

    /** Pulse by Sex: mean and sd per column equal the sample mean and sd by plain loops. */
    @Test
    void numberQuestionHasMeanAndSdPerColumn() throws IOException {
        JsonNode json = json(run("crosstab", mass, "--question", "Pulse", "--by", "Sex", "--format", "json"));
        Map<String, Integer> columns = columnIndex(json);
        for (String column : List.of("Total", "Female", "Male")) {
            List<Double> values = new ArrayList<>();
            for (Map<String, String> r : massRows) {
                if (!r.get("Pulse").isEmpty() && !r.get("Sex").isEmpty()
                        && (column.equals("Total") || r.get("Sex").equals(column))) {
                    values.add(Double.parseDouble(r.get("Pulse")));
                }
            }
            double mean = values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
            double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            JsonNode node = json.get("columns").get(columns.get(column));
            assertEquals(mean, node.get("mean").asDouble(), EPS, column);
            assertEquals(Math.sqrt(ss / (values.size() - 1)), node.get("sd").asDouble(), EPS, column);
            assertEquals(values.size(), node.get("meanBase").asInt());
        }
        assertFalse(json(run("crosstab", mass, "--question", "Smoke", "--by", "Sex", "--format", "json"))
                .get("columns").get(0).has("mean"), "no mean for an unordered single-choice question");
    }

    @Test
    void unknownQuestionsAndAnswersAreInputErrors() {
        String[][] cases = {
            {"--filter", "Nope=x"}, {"--weight", "Nope"}, {"--weight", "Sex"}, {"--net", "N=Nope"},
            {"--filter", "Sex=Nope"}};
        for (String[] option : cases) {
            CliTest.Run run = run("crosstab", mass, "--question", "Smoke", "--by", "Exer", option[0], option[1]);
            assertEquals(1, run.code(), String.join(" ", option) + ": " + run.err());
            assertOneLineError(run);
            assertTrue(run.err().contains("Nope") || run.err().contains("Sex"), run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void malformedOptionsAreUsageErrors() {
        String[][] cases = {{"--filter", "Sex"}, {"--filter", "=F"}, {"--filter", "Sex="}, {"--net", "=Heavy"},
            {"--net", "Smokers"}, {"--nest"}};
        for (String[] option : cases) {
            List<String> args = new ArrayList<>(List.of("crosstab", mass, "--question", "Smoke", "--by", "Exer"));
            args.addAll(List.of(option));
            CliTest.Run run = run(args.toArray(String[]::new));
            assertEquals(2, run.code(), String.join(" ", option) + ": " + run.err());
            assertOneLineError(run);
        }
    }

    static List<CSVRecord> csv(String out) throws IOException {
        assertTrue(out.startsWith(CrosstabCsv.BOM));
        return CSVFormat.DEFAULT.parse(new StringReader(out.substring(1))).getRecords();
    }

    static CSVRecord line(List<CSVRecord> lines, String first) {
        return lines.stream().filter(l -> l.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + first));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Set<Integer> chars(String s) {
        Set<Integer> out = new HashSet<>();
        s.chars().forEach(out::add);
        return out;
    }
}

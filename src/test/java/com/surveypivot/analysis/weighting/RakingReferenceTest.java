package com.surveypivot.analysis.weighting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.Filter;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Raking and the Rao–Scott test against R's survey package (src/test/resources/weighting/rake_reference.R):
 * the weights equal {@code weights(rake(...))} to 1e-9 and the corrected chi-square and p equal
 * {@code svychisq(statistic = "Chisq")} to 1e-6 relative, on the MASS survey and the bundled sample.
 */
class RakingReferenceTest {
    static final Path DIR = Path.of("src/test/resources/weighting");
    static Survey mass;
    static Survey sample;

    @BeforeAll
    static void read() throws Exception {
        mass = SurveyReader.read(Path.of("src/test/resources/analysis/mass_survey.xlsx"));
        sample = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
    }

    static List<CSVRecord> csv(String name) throws Exception {
        try (Reader reader = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords());
        }
    }

    static Survey survey(String rCase) {
        return rCase.equals("sample") ? sample : mass;
    }

    /** R's column names for the MASS survey use _ where the file has a dot. */
    static String id(String rName) {
        return rName.replace('_', '.');
    }

    static List<RakeTarget> targets(String rCase) throws Exception {
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
        for (CSVRecord r : csv("rake_targets.csv")) {
            if (r.get("case").equals(rCase)) {
                shares.computeIfAbsent(id(r.get("attribute")), a -> new LinkedHashMap<>())
                        .put(r.get("answer"), Double.parseDouble(r.get("share")));
            }
        }
        List<RakeTarget> out = new ArrayList<>();
        shares.forEach((a, s) -> out.add(new RakeTarget(a, s)));
        return out;
    }

    static RakeReport rake(String rCase) throws Exception {
        return Raking.rake(survey(rCase), targets(rCase), RakeOptions.defaults().withTolerance(1e-13)
                .withMaxIterations(2000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mass2", "mass3", "sample"})
    void weightsEqualRsRake(String rCase) throws Exception {
        RakeReport report = rake(rCase);
        assertTrue(report.converged());
        double[] w = report.weights();
        int checked = 0;
        boolean[] seen = new boolean[w.length];
        for (CSVRecord r : csv("rake_weights.csv")) {
            if (r.get("case").equals(rCase)) {
                int row = Integer.parseInt(r.get("row")) - 1;
                assertEquals(Double.parseDouble(r.get("weight")), w[row], 1e-9, rCase + " row " + row);
                seen[row] = true;
                checked++;
            }
        }
        for (int r = 0; r < w.length; r++) {
            assertEquals(!seen[r], Double.isNaN(w[r]), "respondents outside R's design have no weight: " + r);
        }
        assertTrue(checked > 200);
        // the report: Kish's design effect by a plain loop over the weights
        double sum = 0;
        double sumSq = 0;
        for (double x : w) {
            if (!Double.isNaN(x)) {
                sum += x;
                sumSq += x * x;
            }
        }
        assertEquals(checked, sum, 1e-6, "weights sum to the respondents weighted");
        assertEquals(checked * sumSq / (sum * sum), report.designEffect(), 1e-12);
        assertEquals(1 / report.designEffect(), report.efficiency(), 1e-12);
        assertEquals(sum * sum / sumSq, report.effectiveBase(), 1e-9);
        for (RakeReport.TargetCheck t : report.targets()) {
            assertEquals(t.target(), t.achieved(), 1e-12, t.toString());
        }
    }

    /**
     * The respondents an R filter of rao_scott.csv keeps ({@code subset(design, ...)}): {@code A == "x"} or
     * {@code A %in% c("x", "y")}, read with a plain regular expression; null for no filter.
     */
    static RespondentSet keep(Survey s, String filter) {
        if (filter.isEmpty()) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\S+) (?:==|%in%) (.*)$").matcher(filter);
        assertTrue(m.matches(), filter);
        List<String> labels = new ArrayList<>();
        java.util.regex.Matcher q = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(m.group(2));
        while (q.find()) {
            labels.add(q.group(1));
        }
        return Filter.answer(s.find(m.group(1)).orElseThrow(), labels.toArray(String[]::new))
                .select(s.respondents());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mass2", "mass3", "sample"})
    void raoScottEqualsSvychisq(String rCase) throws Exception {
        RakeReport report = rake(rCase);
        List<String> attributes = targets(rCase).stream().map(RakeTarget::attribute).toList();
        RakedDesign design = RakedDesign.of(survey(rCase), report.weights(), attributes);
        Survey s = survey(rCase);
        for (CSVRecord r : csv("rao_scott.csv")) {
            if (!r.get("case").equals(rCase)) {
                continue;
            }
            RaoScott.Result t = RaoScott.test(design, s.find(id(r.get("question"))).orElseThrow(),
                    s.find(id(r.get("by"))).orElseThrow(), keep(s, r.get("filter")));
            String what = rCase + " " + r.get("question") + " by " + r.get("by") + " " + r.get("filter");
            assertEquals(Integer.parseInt(r.get("df")), t.df(), what);
            assertEquals(1, t.statistic() / Double.parseDouble(r.get("statistic")), 1e-6, what);
            assertEquals(1, t.pValue() / Double.parseDouble(r.get("p_value")), 1e-6, what);
            assertEquals(1, t.pearson() / Double.parseDouble(r.get("x_squared")), 1e-9, what);
        }
    }
}

package com.surveypivot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code findings}: the json contract (keys exactly, rank order), text output, options and errors. */
class FindingsCommandTest {
    static final List<String> KEYS = List.of("text", "question", "attribute", "segment", "answer", "measure", "value",
            "total", "gap", "base", "test", "statistic", "pValue", "qValue", "effect");

    @Test
    void jsonHasExactlyTheContractsKeysInRankOrder() throws Exception {
        CliTest.Run run = CliTest.run("findings", "sample", "--format", "json", "--lang", "en", "--top", "10");
        assertEquals(0, run.code(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        List<String> top = new ArrayList<>();
        root.fieldNames().forEachRemaining(top::add);
        assertEquals(List.of("method", "tests", "findings"), top);
        assertTrue(root.get("method").asText().contains("Benjamini"));
        assertTrue(root.get("tests").asInt() > 100);
        JsonNode findings = root.get("findings");
        assertEquals(10, findings.size());
        double previous = Double.POSITIVE_INFINITY;
        boolean story = false;
        for (JsonNode f : findings) {
            List<String> keys = new ArrayList<>();
            f.fieldNames().forEachRemaining(keys::add);
            assertEquals(KEYS, keys);
            assertTrue(f.get("qValue").asDouble() < 0.05);
            assertTrue(f.get("pValue").asDouble() <= f.get("qValue").asDouble());
            double strength = f.get("gap").isNull() ? 100 * f.get("effect").asDouble()
                    : Math.abs(f.get("gap").asDouble());
            assertTrue(strength <= previous + 1e-9, "rank order");
            previous = strength;
            story |= f.get("question").asText().equals("Q2") && f.get("attribute").asText().equals("Q1");
        }
        assertTrue(story, "Q2 by Q1 among the first ten");
    }

    @Test
    void textListsTheMethodThenNumberedFindings() {
        CliTest.Run run = CliTest.run("findings", "sample", "--lang", "ja", "--top", "3", "--question", "Q3",
                "--by", "Q1", "--min-gap", "15");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).contains("Benjamini"), lines.get(0));
        assertTrue(lines.size() >= 2 && lines.size() <= 4, run.out());
        assertTrue(lines.get(1).startsWith("1. Q1 担当業務（複数回答）が「"), lines.get(1));
        assertTrue(lines.get(1).contains("Q3"), lines.get(1));
    }

    @Test
    void weightedScan() throws Exception {
        CliTest.Run run = CliTest.run("findings", "sample", "--weight", "ウェイト", "--format", "json", "--lang", "en");
        assertEquals(0, run.code(), run.err());
        assertTrue(new ObjectMapper().readTree(run.out()).get("method").asText().contains("effective bases"));
    }

    @Test
    void errorsAreOneLine() {
        CliTest.Run unknown = CliTest.run("findings", "sample", "--question", "NOPE");
        assertEquals(Cli.INPUT_ERROR, unknown.code());
        CliTest.assertOneLineError(unknown);
        CliTest.Run top = CliTest.run("findings", "sample", "--top", "-1");
        assertEquals(Cli.USAGE_ERROR, top.code());
        CliTest.assertOneLineError(top);
        CliTest.Run weight = CliTest.run("findings", "sample", "--weight", "Q2");
        assertEquals(Cli.INPUT_ERROR, weight.code());
        CliTest.assertOneLineError(weight);
        assertTrue(Cli.isCommand(new String[] {"findings", "x.xlsx"}));
    }
}

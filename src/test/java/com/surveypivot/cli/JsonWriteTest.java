package com.surveypivot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

/** The streaming tree writer gives the same text as Jackson's ObjectMapper with INDENT_OUTPUT, for every node kind. */
class JsonWriteTest {

    @Test
    void sameTextAsTheObjectMapper() throws Exception {
        ObjectNode root = Json.object();
        root.put("title", "部門間連携に関する調査 \"quoted\" \\ tab\t newline\n \u0001 ✓");
        root.put("int", 42);
        root.put("long", 1L << 40);
        root.put("double", 0.1 + 0.2);
        root.put("tiny", 1e-300);
        root.put("whole", 3.0);
        root.put("float", 1.5f);
        root.put("big", new BigDecimal("12345678901234567890.000001"));
        root.put("bigInt", new BigInteger("123456789012345678901234567890"));
        root.put("yes", true);
        root.putNull("nothing");
        Json.put(root, "nan", Double.NaN);
        Json.put(root, "value", 12.25);
        root.putArray("empty");
        root.putObject("emptyObject");
        ArrayNode numbers = root.putArray("numbers");
        Json.add(numbers, 1.0);
        Json.add(numbers, Double.POSITIVE_INFINITY);
        numbers.add(-7);
        ArrayNode nested = root.putArray("questions");
        ObjectNode q = nested.addObject();
        q.put("id", "Q1");
        q.putArray("categories").addObject().put("label", "はい").put("count", 12);
        q.putArray("columns").add("Q1_1").add("Q1_2");
        q.putPOJO("pojo", java.util.List.of("a", "b"));
        root.putPOJO("pojoTop", java.util.Map.of("k", 1));
        root.put("binary", new byte[] {1, 2, 3});

        String expected = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        assertEquals(expected, Json.write(root));
    }
}

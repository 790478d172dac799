package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sheet loop's number parser gives exactly what Double.parseDouble gives. */
class FastNumbersTest {
    private static double parse(String s) {
        return FastNumbers.parseDouble(s.toCharArray(), 0, s.length());
    }

    @Test
    void sameAsDoubleParseDouble() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            String s = switch (i % 5) {
                case 0 -> Long.toString(random.nextLong() % 1_000_000_000_000L);
                case 1 -> Double.toString(random.nextDouble() * 1000);
                case 2 -> Double.toString(random.nextGaussian());
                case 3 -> String.format(java.util.Locale.ROOT, "%.2f", random.nextDouble() * 100 - 50);
                default -> Double.toString(Math.scalb(random.nextDouble(), random.nextInt(200) - 100));
            };
            assertEquals(Double.parseDouble(s), parse(s), s);
        }
        // date-time serials as Excel writes them: 16 or 17 significant digits, around 2^53
        for (int i = 0; i < 200_000; i++) {
            String s = Double.toString(40_000 + random.nextInt(20_000) + random.nextDouble());
            assertEquals(Double.parseDouble(s), parse(s), s);
        }
        for (String s : new String[] {"9007199254740992", "9007199254740993", "9007199254740.993", "900719925474099.3",
            "0.000123456789012345678", "99999999999999999", "123456789012345678.5", "45444.41717673635"}) {
            assertEquals(Double.parseDouble(s), parse(s), s);
        }
        for (String s : new String[] {"0", "-0", "1.5", "0.1", "45413.375", "1E-3", "2.5e10", "123456789012345678",
            "0.30000000000000004", " 12 ", "+3"}) {
            assertEquals(Double.parseDouble(s.strip()), parse(s), s);
        }
        assertTrue(Double.isNaN(parse("abc")));
        assertTrue(Double.isNaN(parse("")));
        assertEquals(42, FastNumbers.parseIndex("42".toCharArray(), 0, 2));
        assertEquals(-1, FastNumbers.parseIndex("4x".toCharArray(), 0, 2));
    }
}

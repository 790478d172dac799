package com.surveypivot.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void formulaStartsGetAnApostrophe() {
        assertEquals("'=1+2", SafeText.of("=1+2"));
        assertEquals("'+81 3", SafeText.of("+81 3"));
        assertEquals("'-x", SafeText.of("-x"));
        assertEquals("'@SUM(A1)", SafeText.of("@SUM(A1)"));
        assertEquals("'\tx", SafeText.of("\tx"));
        assertEquals("'\rx", SafeText.of("\rx"));
    }

    @Test
    void otherTextIsKept() {
        assertEquals("製造", SafeText.of("製造"));
        assertEquals("a=b", SafeText.of("a=b"));
        assertEquals(" =x", SafeText.of(" =x"));
        assertEquals("", SafeText.of(""));
        assertEquals("", SafeText.of(null));
    }
}

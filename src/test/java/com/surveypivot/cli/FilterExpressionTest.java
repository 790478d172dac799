package com.surveypivot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.cli.FilterExpression.And;
import com.surveypivot.cli.FilterExpression.Condition;
import com.surveypivot.cli.FilterExpression.Not;
import com.surveypivot.cli.FilterExpression.Or;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The --where grammar: precedence, parentheses, quoting, labels with spaces and Japanese. */
class FilterExpressionTest {

    private static Condition c(String question, String... answers) {
        return new Condition(question, List.of(answers));
    }

    @Test
    void andBindsTighterThanOr() {
        assertEquals(new Or(List.of(c("Q", "a"), new And(List.of(c("R", "b"), c("S", "c"))))),
                FilterExpression.parse("Q=a or R=b and S=c"));
        assertEquals(new And(List.of(new Or(List.of(c("Q", "a"), c("R", "b"))), c("S", "c"))),
                FilterExpression.parse("(Q=a OR R=b) AND S=c"));
    }

    @Test
    void notAppliesToTheNextFactor() {
        assertEquals(new And(List.of(c("Q", "a", "b"), new Not(new Or(List.of(c("R", "x"), c("S", "y")))))),
                FilterExpression.parse("Q=a|b and not (R=x or S=y)"));
        assertEquals(new Not(new Not(c("Q", "a"))), FilterExpression.parse("not not Q=a"));
    }

    @Test
    void labelsKeepSpacesJapaneseAndQuotes() {
        assertEquals(new And(List.of(c("業種", "製造", "IT・通信"), c("従業員規模", "1,000〜4,999人"))),
                FilterExpression.parse("業種=製造|IT・通信 and 従業員規模=1,000〜4,999人"));
        assertEquals(c("Fold", "L on  R", "Neither"), FilterExpression.parse("Fold = L on  R | Neither"));
        assertEquals(c("a=b", "x|y (z)", "say \"hi\"", "and"),
                FilterExpression.parse("\"a=b\"=\"x|y (z)\"|\"say \"\"hi\"\"\"|\"and\""));
        assertEquals(c("Q", "not sure"), FilterExpression.parse("Q=not sure"));
    }

    @Test
    void malformedExpressionsNameTheProblem() {
        for (String bad : new String[] {"", "  ", "Q", "Q=", "Q=a and", "Q=a or or R=b", "(Q=a", "Q=a)",
            "Q=\"a", "=a", "Q=a|", "not"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> FilterExpression.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--where"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
    }
}

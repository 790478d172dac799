package com.surveypivot.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's identity: what it counts, not how it is drawn. */
class TableIdentityTest {
    private final PivotState base = PivotState.of("Q2", "Q1");

    @Test
    void eachPartOfTheTableMakesAnotherIdentity() {
        String key = TableIdentity.of(base);
        assertNotEquals(key, TableIdentity.of(base.withQuestion("Q3")));
        assertNotEquals(key, TableIdentity.of(base.withBanner(List.of("Q1", "size"), null)));
        assertNotEquals(TableIdentity.of(base.withBanner(List.of("Q1", "size"), null)),
                TableIdentity.of(base.withBanner(List.of("Q1"), "size")), "a banner is not a nest");
        assertNotEquals(key, TableIdentity.of(base.withSegments(List.of("a"))));
        assertNotEquals(key, TableIdentity.of(base.withFilters(List.of(new FilterCondition("size", List.of("L"))))));
        assertNotEquals(key, TableIdentity.of(base.withWeight("w")));
        assertEquals("", TableIdentity.of(PivotState.EMPTY));
    }

    @Test
    void filtersInAnotherOrderAndChartCosmeticsKeepTheIdentity() {
        FilterCondition a = new FilterCondition("size", List.of("L", "M"));
        FilterCondition b = new FilterCondition("role", List.of("x"));
        PivotState one = base.withFilters(List.of(a, b));
        PivotState two = base.withFilters(List.of(b, new FilterCondition("size", List.of("M", "L"))));
        assertEquals(TableIdentity.of(one), TableIdentity.of(two));
        PivotState restyled = new PivotState(one.question(), one.banner(), one.nest(), one.segments(), one.filters(),
                one.weight(), one.answers(), one.table(), new ChartSettings("topbox", 0, "ja", ""),
                new GridSettings(true, true));
        assertEquals(TableIdentity.of(one), TableIdentity.of(restyled));
    }
}

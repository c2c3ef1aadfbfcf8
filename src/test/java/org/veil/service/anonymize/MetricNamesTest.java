package org.veil.service.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class MetricNamesTest {

    @Test
    void everyMetricHasATitleForPeople() {
        for (String name : MetricNames.ALL) {
            assertNotEquals(name, MetricNames.title(name), name);
        }
        assertEquals("Average class size", MetricNames.title("aecs"));
    }

    @Test
    void anUnknownNameIsShownAsItIs() {
        assertEquals("mystery", MetricNames.title("mystery"));
    }
}

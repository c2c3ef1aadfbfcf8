package org.veil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;

class RowEncodingPipelineTest {

    @Test
    void encodesEveryRowInTheOrderAdded() {
        DatasetBuilder builder = new DatasetBuilder(List.of("id", "parity"), 0);
        Dataset data;
        try (RowEncodingPipeline pipeline = new RowEncodingPipeline(builder)) {
            for (int i = 0; i < 10_001; i++) {
                pipeline.add(new String[] {String.valueOf(i), i % 2 == 0 ? "even" : "odd"});
            }
            assertEquals(10_001, pipeline.rowCount());
            data = pipeline.finish();
        }
        assertEquals(10_001, data.rowCount());
        for (int i = 0; i < 10_001; i += 997) {
            assertEquals(String.valueOf(i), data.value(i, 0));
        }
        assertEquals("even", data.value(10_000, 1));
    }

    @Test
    void reportsAnEncodingFailureToTheReadingThreadInsteadOfHanging() {
        DatasetBuilder builder = new DatasetBuilder(List.of("a", "b"), 0);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (RowEncodingPipeline pipeline = new RowEncodingPipeline(builder)) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
                    pipeline.add(new String[] {"only one cell"});
                    for (int i = 0; i < 1_000_000; i++) {
                        pipeline.add(new String[] {"x", "y"});
                    }
                    pipeline.finish();
                });
                assertEquals("row has 1 cells, expected 2", e.getMessage());
            }
        });
    }
}

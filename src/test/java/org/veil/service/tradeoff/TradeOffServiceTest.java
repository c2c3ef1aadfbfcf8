package org.veil.service.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.tradeoff.RiskMeasure;
import org.veil.engine.tradeoff.TradeOff;
import org.veil.engine.tradeoff.TradeOffPoint;

class TradeOffServiceTest {

    private static final TradeOff TRADE_OFF = new TradeOff(List.of("age", "zip"), "loss", RiskMeasure.AVERAGE, 0.2,
            List.of(new TradeOffPoint(3, new int[] {1, 0}, 0.5, 0.25, false, true, 2, true),
                    new TradeOffPoint(6, new int[] {2, 1}, 0.0001, 1.0 / 3, true, true, 0, true),
                    new TradeOffPoint(7, new int[] {3, 1}, 0.0001, 0.75, true, false, 0, false)),
            List.of());

    @Test
    void aTableHasALevelColumnPerQuasiIdentifierThenTheValues() {
        Dataset table = TradeOffService.table(TRADE_OFF);

        assertEquals(List.of("age_level", "zip_level", "risk", "loss", "anonymous", "on_frontier"),
                TradeOffService.header(TRADE_OFF));
        assertEquals(3, table.rowCount());
        assertEquals(6, table.columnCount());
    }

    @Test
    void writesCsvWithNumbersInFullWithoutExponents(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("points.csv");

        new TradeOffService().exportCsv(TRADE_OFF, file, ProgressListener.NONE, CancellationToken.NONE);

        assertEquals(List.of("age_level,zip_level,risk,loss,anonymous,on_frontier",
                "1,0,0.5,0.25,false,true",
                "2,1,0.0001,0.3333333333333333,true,true",
                "3,1,0.0001,0.75,true,false"), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    @Test
    void writesNumbersPlainly() {
        assertEquals("0", TradeOffService.number(0.0));
        assertEquals("1", TradeOffService.number(1.0));
        assertEquals("0.00001", TradeOffService.number(1e-5));
        assertEquals("12345678", TradeOffService.number(12_345_678.0));
    }
}

package org.veil.ui.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One way of writing percentages across the Risk tab: a space before the sign, as the workbench writes them. */
class PercentTest {

    @Test
    void writesAShareWithOneDecimalAndASpaceBeforeTheSign() {
        assertEquals("99.2 %", Percent.share(0.992));
        assertEquals("100.0 %", Percent.share(1));
        assertEquals("20.0 %", Percent.share(0.2));
        assertEquals("2.8 %", Percent.share(0.0276));
        assertEquals("1.0 %", Percent.share(0.00999));
    }

    @Test
    void keepsTheDigitsOfSmallSharesAndNeverRoundsSomeToNoneOrAlmostAllToAll() {
        assertEquals("0.0 %", Percent.share(0));
        assertEquals("0.05 %", Percent.share(0.0005));
        assertEquals("0.91 %", Percent.share(0.0091));
        assertEquals("< 0.01 %", Percent.share(0.00001));
        assertEquals("> 99.9 %", Percent.share(0.99999));
        assertEquals("99.9 %", Percent.share(0.9994));
        assertEquals("not computed", Percent.share(Double.NaN));
    }

    @Test
    void writesAThresholdAsShortAsItWasEntered() {
        assertEquals("20 %", Percent.threshold(0.2));
        assertEquals("12.5 %", Percent.threshold(0.125));
    }
}

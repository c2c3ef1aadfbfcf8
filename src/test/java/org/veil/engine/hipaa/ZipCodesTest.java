package org.veil.engine.hipaa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.hierarchy.build.MaskingBuilder;

class ZipCodesTest {

    @Test
    void theSeventeenRestrictedPrefixesOfTheHhsGuidance() {
        assertEquals(17, ZipCodes.RESTRICTED_PREFIXES.size());
        assertEquals(List.of("036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878",
                "879", "884", "890", "893"), ZipCodes.RESTRICTED_PREFIXES);
        assertTrue(ZipCodes.isRestricted("03601"));
        assertTrue(ZipCodes.isRestricted("893"));
        assertFalse(ZipCodes.isRestricted("10001"));
        assertFalse(ZipCodes.isRestricted("03"));
        assertFalse(ZipCodes.isRestricted(null));
    }

    @Test
    void valuesArePaddedAsTheMaskingPadsThem() {
        assertEquals(List.of("036"), ZipCodes.restrictedPrefixesIn(List.of("3601", "10001")), "3601 is 03601");
        assertEquals(List.of(), ZipCodes.restrictedPrefixesIn(List.of("5561", "10001")), "5561 is 05561");
        assertEquals(List.of("036", "556"), ZipCodes.restrictedPrefixesIn(List.of("55612", "03601", "03602")));
    }

    @Test
    void safeLevelKeepsThreeCharacters() {
        assertEquals(2, ZipCodes.safeLevel(5));
        assertEquals(6, ZipCodes.safeLevel(9));
        assertEquals(7, ZipCodes.safeLevel(10));
        assertEquals(1, ZipCodes.safeLevel(3));
    }

    @Test
    void restrictedPrefixesBecome000FromTheThreeDigitLevelUp() throws HierarchyException {
        Hierarchy hierarchy = ZipCodes.safeHarborHierarchy(List.of("03601", "10001", "55612", "5561"));

        assertEquals(5, hierarchy.height());
        assertArrayEquals(new String[] {"03601", "0360*", "000**", "00***", "0****", "*"}, row(hierarchy, "03601"));
        assertArrayEquals(new String[] {"55612", "5561*", "000**", "00***", "0****", "*"}, row(hierarchy, "55612"));
        assertArrayEquals(new String[] {"10001", "1000*", "100**", "10***", "1****", "*"}, row(hierarchy, "10001"));
        assertArrayEquals(new String[] {"5561", "0556*", "055**", "05***", "0****", "*"}, row(hierarchy, "5561"));
    }

    @Test
    void withoutRestrictedPrefixesItIsTheMaskingBuildersHierarchy() throws HierarchyException {
        List<String> values = List.of("02138", "10001", "94110");
        Hierarchy ours = ZipCodes.safeHarborHierarchy(values);
        Hierarchy masking = new MaskingBuilder(true, '0').build(values);

        for (String value : values) {
            assertArrayEquals(row(masking, value), row(ours, value));
        }
    }

    @Test
    void threeDigitPrefixesGetALevelOfTheirOwn() throws HierarchyException {
        Hierarchy hierarchy = ZipCodes.safeHarborHierarchy(List.of("036", "100"));

        assertEquals(4, hierarchy.height());
        assertArrayEquals(new String[] {"036", "000", "00*", "0**", "*"}, row(hierarchy, "036"));
        assertArrayEquals(new String[] {"100", "100", "10*", "1**", "*"}, row(hierarchy, "100"));
    }

    @Test
    void zipPlusFourKeepsThreeDigitsAtLevelSeven() throws HierarchyException {
        Hierarchy hierarchy = ZipCodes.safeHarborHierarchy(List.of("03601-1234", "10001-0001"));

        assertEquals("000*******", hierarchy.generalize("03601-1234", 7), "the masking masks the hyphen too");
        assertEquals("100*******", hierarchy.generalize("10001-0001", 7));
        assertEquals("0360******", hierarchy.generalize("03601-1234", 6));
    }

    @Test
    void aSuggestedZipFixAssignsTheBuilderOnlyWhenItSuffices() throws HierarchyException {
        SuggestedFix fix = SuggestedFix.zip(2);

        assertTrue(fix.builderAloneMakes(List.of("10001", "94110")));
        assertFalse(fix.builderAloneMakes(List.of("10001", "03601")));
        assertEquals("000**", fix.hierarchy(List.of("10001", "03601")).generalize("03601", 2));
    }

    private static String[] row(Hierarchy hierarchy, String value) {
        return hierarchy.rows().stream().filter(r -> r[0].equals(value)).findFirst().orElseThrow();
    }
}

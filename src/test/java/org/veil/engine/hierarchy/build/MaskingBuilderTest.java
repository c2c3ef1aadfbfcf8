package org.veil.engine.hierarchy.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

class MaskingBuilderTest {

    @Test
    void zipCodesAreMaskedOneMoreDigitALevelFromTheRight() throws HierarchyException {
        Hierarchy zips = new MaskingBuilder(true, '0').build(List.of("12399", "10001", "12345"));

        assertEquals(List.of(
                "10001;1000*;100**;10***;1****;*",
                "12345;1234*;123**;12***;1****;*",
                "12399;1239*;123**;12***;1****;*"), BuiltRows.of(zips),
                "no ***** level: it would group exactly as * does");
        assertEquals(5, zips.height());
    }

    @Test
    void shorterCodesArePaddedOnTheLeftWhenMaskingFromTheRight() throws HierarchyException {
        Hierarchy zips = new MaskingBuilder(true, '0').build(List.of("501", "12345", "02138"));

        assertEquals(List.of(
                "501;0050*;005**;00***;0****;*",
                "02138;0213*;021**;02***;0****;*",
                "12345;1234*;123**;12***;1****;*"), BuiltRows.of(zips));
    }

    @Test
    void valuesThatPadAlikeStayTwoValues() throws HierarchyException {
        Hierarchy zips = new MaskingBuilder(true, '0').build(List.of("501", "00501"));

        assertEquals(List.of("00501;0050*;005**;00***;0****;*", "501;0050*;005**;00***;0****;*"), BuiltRows.of(zips));
    }

    @Test
    void maskingFromTheLeftPadsOnTheRight() throws HierarchyException {
        Hierarchy codes = new MaskingBuilder(false, 'x').build(List.of("abcd", "ab"));

        assertEquals(List.of("abcd;*bcd;**cd;***d;*", "ab;*bxx;**xx;***x;*"), BuiltRows.of(codes));
    }

    @Test
    void singleCharacterValuesGoStraightToTheTop() throws HierarchyException {
        Hierarchy letters = new MaskingBuilder(true, '0').build(List.of("b", "a", ""));

        assertEquals(List.of(";*", "a;*", "b;*"), BuiltRows.of(letters), "the empty value pads to 0");
        assertEquals(1, letters.height());
    }

    @Test
    void charactersBeyondTheBasicPlaneCountAsOne() throws HierarchyException {
        Hierarchy codes = new MaskingBuilder(true, '0').build(List.of("a😀", "bc"));

        assertEquals(List.of("a😀;a*;*", "bc;b*;*"), BuiltRows.of(codes));
    }

    @Test
    void halfACharacterIsRefusedAsPadding() {
        assertThrows(IllegalArgumentException.class, () -> new MaskingBuilder(true, '\uD83D'));
    }

    @Test
    void describeNamesTheSideAndPadding() {
        assertEquals("Masking from the right, padding '0'", new MaskingBuilder(true, '0').describe());
        assertEquals("Masking from the left, padding ' '", new MaskingBuilder(false, ' ').describe());
    }
}

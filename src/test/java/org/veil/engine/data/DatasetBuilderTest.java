package org.veil.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetBuilderTest {

    @Test
    void encodesEachDistinctValueOnceInOrderOfFirstAppearance() {
        DatasetBuilder builder = new DatasetBuilder(List.of("sex", "age"), 0);
        builder.addRow("male", "39");
        builder.addRow("female", "50");
        builder.addRow("male", null);
        Dataset data = builder.build();

        Column sex = data.column("sex");
        assertArrayEquals(new int[] {0, 1, 0}, sex.codes());
        assertEquals(2, sex.dictionary().size());
        assertEquals("female", sex.value(1));
        assertEquals(1, sex.dictionary().codeOf("female"));
        assertEquals(-1, sex.dictionary().codeOf("other"));
        assertEquals(-1, sex.dictionary().missingCode());

        Column age = data.column("age");
        assertNull(age.value(2));
        assertTrue(age.dictionary().isMissing(age.code(2)));
        assertEquals(age.code(2), age.dictionary().codeOf(null));
    }

    @Test
    void storesMissingTokensAsTheMissingValueButKeepsOtherTexts() {
        DatasetBuilder builder = new DatasetBuilder(List.of("age"), 0, java.util.Set.of("NA", "?"));
        for (String value : new String[] {"34", "NA", "?", "na", null, "NA"}) {
            builder.addRow(value);
        }
        Column age = builder.build().column(0);
        assertNull(age.value(1));
        assertNull(age.value(2));
        assertNull(age.value(4));
        assertEquals("na", age.value(3), "tokens are compared exactly");
        assertEquals(age.code(1), age.code(5));
        assertEquals(3, age.dictionary().size(), "34, missing, na");
        assertEquals(-1, age.dictionary().codeOf("NA"), "a token is not a value of the column");
    }

    @Test
    void infersTypesWhenBuilt() {
        DatasetBuilder builder = new DatasetBuilder(List.of("age", "weight", "born", "zip"), 0);
        builder.addRow("39", "71.5", "1984-03-15", "02138");
        builder.addRow("5", "20", "2019-11-30", "10001");
        Dataset data = builder.build();
        assertEquals(ColumnType.INTEGER, data.column("age").type());
        assertEquals(ColumnType.DECIMAL, data.column("weight").type());
        assertEquals(ColumnType.date("yyyy-MM-dd"), data.column("born").type());
        assertEquals(ColumnType.STRING, data.column("zip").type());
    }

    @Test
    void buildsCellByCell() {
        DatasetBuilder builder = new DatasetBuilder(List.of("a", "b"), 1);
        for (int row = 0; row < 1000; row++) {
            builder.addCell(0, "a" + (row % 3));
            builder.addCell(1, String.valueOf(row));
            builder.endRow();
        }
        Dataset data = builder.build();
        assertEquals(1000, data.rowCount());
        assertEquals("a2", data.value(998, 0));
        assertEquals(3, data.column(0).dictionary().size());
        assertEquals(1000, data.column(1).dictionary().size());
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        DatasetBuilder builder = new DatasetBuilder(List.of("a", "b"), 0);
        assertThrows(IllegalArgumentException.class, () -> builder.addRow("only one"));
        builder.addCell(0, "x");
        assertThrows(IllegalStateException.class, builder::endRow);
    }

    @Test
    void rejectsDuplicateColumnNames() {
        assertThrows(IllegalArgumentException.class, () -> new DatasetBuilder(List.of("a", "a"), 0).build());
    }

    @Test
    void findsColumnsByNameAndSharesRowDataWhenTheTypeChanges() {
        DatasetBuilder builder = new DatasetBuilder(List.of("id", "code"), 0);
        builder.addRow("1", "007");
        Dataset data = builder.build();
        assertEquals(1, data.indexOf("code"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> data.indexOf("nope"));
        assertTrue(e.getMessage().contains("[id, code]"), e.getMessage());

        Dataset retyped = data.withColumnType(0, ColumnType.STRING);
        assertEquals(ColumnType.STRING, retyped.column("id").type());
        assertEquals(ColumnType.INTEGER, data.column("id").type(), "the original is unchanged");
        assertSame(data.column(0).codes(), retyped.column(0).codes());
    }

    @Test
    void estimatesMemoryAsCodesPlusDictionaries() {
        DatasetBuilder builder = new DatasetBuilder(List.of("a"), 0);
        for (int i = 0; i < 10_000; i++) {
            builder.addRow(i % 2 == 0 ? "even" : "odd");
        }
        Dataset data = builder.build();
        assertEquals(40_000, data.codeBytes());
        assertTrue(data.estimatedBytes() >= data.codeBytes());
        assertTrue(data.estimatedBytes() < data.codeBytes() + 1_000);
    }
}

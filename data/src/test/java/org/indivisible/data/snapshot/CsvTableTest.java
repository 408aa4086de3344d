package org.indivisible.data.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static CsvTable parse(String text) {
        return CsvTable.read("test.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsCellsByColumnWithLineNumbers() {
        CsvTable table = parse("a,b\n1,\"x, y\"\n2,\"multi\nline\"\n3,z\n");
        assertEquals(3, table.rows().size());
        assertEquals("x, y", table.rows().get(0).get("b"));
        assertEquals(2, table.rows().get(0).line());
        assertEquals(3, table.rows().get(1).line());
        assertEquals(5, table.rows().get(2).line());
        assertEquals(3, table.rows().get(2).getInt("a"));
    }

    @Test
    void aBadNumberNamesFileLineAndColumn() {
        CsvTable table = parse("iso3,year\nUSA,2020\nCAN,twenty\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.rows().get(1).getInt("year"));
        assertTrue(e.getMessage().contains("test.csv: line 3, column 'year'"), e.getMessage());
        assertTrue(e.getMessage().contains("twenty"), e.getMessage());
    }

    @Test
    void aShortRowNamesFileLineAndColumn() {
        CsvTable table = parse("iso3,year,value\nUSA,2020\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.rows().get(0).get("value"));
        assertTrue(e.getMessage().contains("test.csv: line 2, column 'value'"), e.getMessage());
    }

    @Test
    void anUnterminatedQuoteIsAMalformedCsvError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("a,b\n1,\"oops\n"));
        assertTrue(e.getMessage().startsWith("test.csv: malformed CSV"), e.getMessage());
    }

    @Test
    void valueRangesSplitOnTheDash() {
        CsvTable table = parse("v\n115-130\n14000\n-5\nabout 3\n");
        assertEquals("115", SnapshotBuilder.valueRange(table.rows().get(0), "v")[0]);
        assertEquals("130", SnapshotBuilder.valueRange(table.rows().get(0), "v")[1]);
        assertEquals("14000", SnapshotBuilder.valueRange(table.rows().get(1), "v")[1]);
        assertEquals("-5", SnapshotBuilder.valueRange(table.rows().get(2), "v")[0]);
        assertThrows(IllegalArgumentException.class, () -> SnapshotBuilder.valueRange(table.rows().get(3), "v"));
    }
}

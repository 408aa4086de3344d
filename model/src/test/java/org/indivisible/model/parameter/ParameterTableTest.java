package org.indivisible.model.parameter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterTableTest {

    private static final String HEADER = String.join("\t", ParameterTable.HEADER);

    @Test
    void readsEachKindOfDistributionSortedById() {
        List<UncertainParameter> p = ParameterTable.parse("t.tsv", List.of("# a comment", HEADER,
                "b.tri\t9\ttriangular\t4\t13\tweeks\tsrc\tassumption\tnote b",
                "a.fixed\t1\tfixed\t1\t1\t0 or 1\tsrc\tobserved\t",
                "", "c.uni\t0.5\tuniform\t0.25\t0.75\tshare\tsrc\testimate\tnote c"));
        assertEquals(List.of(
                new UncertainParameter("a.fixed", 1, new Distribution.Fixed(1), "0 or 1", "src", Status.OBSERVED, ""),
                new UncertainParameter("b.tri", 9, new Distribution.Triangular(4, 9, 13), "weeks", "src",
                        Status.ASSUMPTION, "note b"),
                new UncertainParameter("c.uni", 0.5, new Distribution.Uniform(0.25, 0.75), "share", "src",
                        Status.ESTIMATE, "note c")), p);
    }

    @Test
    void aBadEntryNamesTheFileLineAndColumn() {
        assertEquals("t.tsv:2: column 'value': expected a number, got 'nine'", assertThrows(IllegalStateException.class,
                () -> ParameterTable.parse("t.tsv", List.of(HEADER, "b\tnine\ttriangular\t4\t13\tu\ts\tassumption\tn")))
                .getMessage());
        assertEquals("t.tsv:2: column 'distribution': expected fixed, uniform or triangular, got 'normal'",
                assertThrows(IllegalStateException.class, () -> ParameterTable.parse("t.tsv",
                        List.of(HEADER, "b\t9\tnormal\t4\t13\tu\ts\tassumption\tn"))).getMessage());
        assertEquals("t.tsv:2: expected 9 tab-separated columns, got 3", assertThrows(IllegalStateException.class,
                () -> ParameterTable.parse("t.tsv", List.of(HEADER, "b\t9\tfixed"))).getMessage());
        assertEquals("t.tsv:1: expected the header " + String.join(" ", ParameterTable.HEADER),
                assertThrows(IllegalStateException.class, () -> ParameterTable.parse("t.tsv", List.of("id\tvalue")))
                        .getMessage());
    }

    @Test
    void everyShippedTableReads() {
        for (Class<?> owner : List.of(org.indivisible.model.economy.shock.EconomyParameters.class,
                org.indivisible.model.blockade.BlockadeParameters.class, org.indivisible.model.korea.KoreaParameters.class,
                org.indivisible.model.influence.InfluenceParameters.class)) {
            String name = owner.getSimpleName().replace("Parameters", "").toLowerCase(java.util.Locale.ROOT);
            assertEquals(false, ParameterTable.read(owner, name + "-parameters.tsv").isEmpty(), owner.getName());
        }
    }
}

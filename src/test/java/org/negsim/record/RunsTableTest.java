package org.negsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.negsim.engine.StageOutcome;
import org.negsim.io.RunId;

class RunsTableTest {

    private final RunsTable table = new RunsTable(TestScenarios.twoKinds(), List.of("behavior.temperature"));

    @Test
    void headerHasParameterColumnsAfterSeedAndSortedKindAndWeightColumns() {
        assertEquals(List.of("run", "point", "replicate", "seed", "behavior.temperature", "stage", "rule",
                "executed", "success", "success_round", "in_force_round", "rounds", "members", "yes", "no",
                "abstain", "joined", "joined_firm", "joined_state", "share_emissions", "share_population",
                "text_restraint", "text_multi", "ambition"), table.header());
    }

    @Test
    void executedStageRowUnderAGermanLocale() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            StageOutcome o = new StageOutcome("gge", "majority", true, true, 2, StageOutcome.NOT_APPLICABLE, 2, 3,
                    2, 1, 0, 2, new int[] {0, 2}, new double[] {Double.NaN, 0.5}, new double[] {0.75, 0.5}, 0.475);
            StringBuilder out = new StringBuilder();
            table.appendRow(out, new RunId(5, 2, 1, -42), List.of("0.05"), o);
            assertEquals("5,2,1,-42,0.05,gge,majority,TRUE,TRUE,2,,2,3,2,1,0,2,0,2,,0.5,0.75,0.5,0.475\n",
                    out.toString());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void stageThatDidNotRunHasOnlyItsNameRuleAndExecutedFalse() {
        StringBuilder out = new StringBuilder();
        table.appendRow(out, RunId.single(9), List.of("0.1"), StageOutcome.notExecuted("gge", "majority"));
        assertEquals("0,0,0,9,0.1,gge,majority,FALSE,FALSE,,,,,,,,,,,,,,,\n", out.toString());
    }

    @Test
    void wrongNumberOfParameterValuesIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> table.appendRow(new StringBuilder(), RunId.single(1),
                List.of(), StageOutcome.notExecuted("gge", "majority")));
    }

    @Test
    void duplicateParameterPathIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new RunsTable(TestScenarios.twoKinds(), List.of("a.b", "a.b")));
    }

    @Test
    void parameterValueWithACommaIsQuoted() {
        StringBuilder out = new StringBuilder();
        table.appendRow(out, RunId.single(1), List.of("a,b"), StageOutcome.notExecuted("gge", "majority"));
        assertEquals("0,0,0,1,\"a,b\",gge,majority,FALSE,FALSE,,,,,,,,,,,,,,,\n", out.toString());
    }
}

package org.negsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.engine.RoundRecord;
import org.negsim.engine.StageOutcome;

class RoundsTableTest {

    private final RoundsTable table = new RoundsTable(TestScenarios.twoKinds());

    @Test
    void header() {
        assertEquals(List.of("run", "stage", "round", "joined", "joined_firm", "joined_state", "share_emissions",
                "share_population", "yes", "no", "abstain", "text_restraint", "text_multi", "success"),
                table.header());
    }

    @Test
    void roundZeroOfAnOpenDeclarationHasEmptyVoteCells() {
        RoundRecord r = new RoundRecord("call", 0, 1, new int[] {0, 1}, new double[] {1.0, 0.16875},
                StageOutcome.NOT_APPLICABLE, StageOutcome.NOT_APPLICABLE, StageOutcome.NOT_APPLICABLE,
                new double[] {0.8, 0.9}, false);
        StringBuilder out = new StringBuilder();
        table.appendRow(out, 3, r);
        assertEquals("3,call,0,1,0,1,1.0,0.16875,,,,0.8,0.9,FALSE\n", out.toString());
    }

    @Test
    void voteRoundWithWeightlessMembersHasEmptyShares() {
        RoundRecord r = new RoundRecord("gge", 2, 2, new int[] {1, 1}, new double[] {Double.NaN, Double.NaN},
                2, 0, 1, new double[] {0.5, 0.25}, true);
        StringBuilder out = new StringBuilder();
        table.appendRow(out, 0, r);
        assertEquals("0,gge,2,2,1,1,,,2,0,1,0.5,0.25,TRUE\n", out.toString());
    }
}

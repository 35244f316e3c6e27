package org.negsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.engine.RoundRecord;
import org.negsim.engine.StageOutcome;
import org.negsim.model.Scenario;
import org.negsim.io.RunId;
import org.negsim.io.RunRows;

class RunRecorderTest {

    private final Scenario scenario = TestScenarios.twoKinds();
    private final RunsTable runsTable = new RunsTable(scenario, List.of("x"));

    @Test
    void collectsRowsPerTableAndLeavesActorsOutForAStageThatDidNotRun() {
        RunRecorder r = new RunRecorder(runsTable, new RoundsTable(scenario), new ActorsTable(scenario),
                new RunId(7, 3, 1, 99), List.of("1"), scenario);
        r.round(new RoundRecord("gge", 1, 0, new int[] {0, 0}, new double[] {0.0, 0.0}, 0, 3, 0,
                new double[] {0.8, 0.9}, false));
        r.stageEnded(StageOutcome.notExecuted("gge", "majority"), null);
        RunRows rows = r.rows();
        assertEquals(7, rows.run());
        assertEquals("7,3,1,99,1,gge,majority,FALSE,FALSE,,,,,,,,,,,,,,,\n", rows.runs());
        assertEquals("7,gge,1,0,0,0,0.0,0.0,0,3,0,0.8,0.9,FALSE\n", rows.rounds());
        assertEquals("", rows.actors());
    }

    @Test
    void tablesThatAreNotRecordedStayEmpty() {
        RunRecorder r = new RunRecorder(runsTable, null, null, RunId.single(1), List.of("1"), scenario);
        r.round(new RoundRecord("gge", 1, 0, new int[] {0, 0}, new double[] {0.0, 0.0}, 0, 3, 0,
                new double[] {0.8, 0.9}, false));
        assertEquals("", r.rows().rounds());
    }

    @Test
    void valuesMustMatchTheParameterPaths() {
        assertThrows(IllegalArgumentException.class,
                () -> new RunRecorder(runsTable, null, null, RunId.single(1), List.of(), scenario));
    }
}

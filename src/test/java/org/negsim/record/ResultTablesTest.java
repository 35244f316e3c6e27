package org.negsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negsim.engine.Negotiation;
import org.negsim.model.Scenario;
import org.negsim.io.RunId;

class ResultTablesTest {

    @TempDir
    Path dir;

    private final Scenario scenario = TestScenarios.twoKinds();

    @Test
    void aRunOfTheEngineFillsAllThreeTablesBehindTheirHeaders() throws Exception {
        try (ResultTables tables = ResultTables.create(dir, scenario, List.of(), true, true)) {
            RunRecorder recorder = tables.recorder(RunId.single(11), List.of());
            Negotiation.run(scenario, 11, recorder);
            tables.append(recorder.rows());
        }
        List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
        assertEquals(String.join(",", new RunsTable(scenario, List.of()).header()), runs.get(0));
        assertEquals(2, runs.size(), "one stage, one row");
        assertTrue(runs.get(1).startsWith("0,0,0,11,gge,majority,TRUE,"), runs.get(1));
        List<String> actors = Files.readAllLines(dir.resolve("actors.csv"));
        assertEquals(1 + scenario.actors().size(), actors.size());
        List<String> rounds = Files.readAllLines(dir.resolve("rounds.csv"));
        assertTrue(rounds.size() >= 2, "at least round 1 of the vote");
    }

    @Test
    void runsOnlyWhenRoundsAndActorsAreNotRecorded() throws Exception {
        try (ResultTables tables = ResultTables.create(dir, scenario, List.of("behavior.temperature"), false, false)) {
            RunRecorder first = tables.recorder(new RunId(0, 0, 0, 1), List.of("0.0"));
            RunRecorder second = tables.recorder(new RunId(1, 0, 1, 2), List.of("0.0"));
            Negotiation.run(scenario, 2, second);
            Negotiation.run(scenario, 1, first);
            tables.append(first.rows());
            tables.append(second.rows());
        }
        assertFalse(Files.exists(dir.resolve("rounds.csv")));
        assertFalse(Files.exists(dir.resolve("actors.csv")));
        List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
        assertEquals(3, runs.size());
        assertTrue(runs.get(1).startsWith("0,0,0,1,0.0,gge,"), "rows in append order, not run order");
        assertTrue(runs.get(2).startsWith("1,0,1,2,0.0,gge,"));
    }
}

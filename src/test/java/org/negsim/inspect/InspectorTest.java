package org.negsim.inspect;

import org.negsim.io.MalformedResultsException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectorTest {

    private static final double EPS = 1e-12;

    @TempDir
    Path dir;

    @Test
    void defaultStageIsTheLastAndAStageThatDidNotRunCountsAsFailed() throws Exception {
        Inspection i = Inspector.inspect(ResultsFixture.twoStage(dir), List.of(), null);
        assertEquals(List.of("gge", "call"), i.stages());
        assertEquals("call", i.stage());
        assertEquals("open-declaration", i.rule());
        assertEquals(8, i.runs());
        assertEquals(1, i.groups().size());
        GroupStatistics all = i.groups().get(0).statistics();
        assertEquals(List.of(), i.groups().get(0).values());
        assertEquals(8, all.runs());
        assertEquals(5, all.executed());
        assertEquals(4, all.successes()); // runs 0, 3, 4, 5; runs 2, 6, 7 did not run the call
        assertEquals(2.5, GroupStatistics.mean(all.successRound()), EPS);
        assertEquals(5.4, GroupStatistics.mean(all.joined()), EPS);
        assertEquals(0.6, GroupStatistics.mean(all.ambition()), EPS);
        assertFalse(i.hasSobol());
    }

    @Test
    void stageSelectsTheRows() throws Exception {
        Inspection i = Inspector.inspect(ResultsFixture.twoStage(dir), List.of(), "gge");
        assertEquals("consensus", i.rule());
        GroupStatistics all = i.groups().get(0).statistics();
        assertEquals(8, all.runs());
        assertEquals(8, all.executed());
        assertEquals(3, all.successes()); // runs 2, 6, 7
        assertEquals(2.0, GroupStatistics.mean(all.successRound()), EPS); // rounds 1, 2, 3
    }

    @Test
    void groupsByOnePathInOrderOfFirstAppearance() throws Exception {
        Inspection i = Inspector.inspect(ResultsFixture.twoStage(dir), List.of("t"), null);
        assertEquals(2, i.groups().size());
        assertEquals(List.of("0.1"), i.groups().get(0).values());
        assertEquals(List.of("0.2"), i.groups().get(1).values());
        GroupStatistics low = i.groups().get(0).statistics();
        assertEquals(4, low.runs());
        assertEquals(3, low.executed());
        assertEquals(2, low.successes());
        assertEquals(3.0, GroupStatistics.mean(low.successRound()), EPS); // rounds 2 and 4
        GroupStatistics high = i.groups().get(1).statistics();
        assertEquals(2, high.executed());
        assertEquals(2, high.successes());
    }

    @Test
    void groupsByTwoPaths() throws Exception {
        Inspection i = Inspector.inspect(ResultsFixture.twoStage(dir), List.of("c", "t"), null);
        assertEquals(List.of("c", "t"), i.by());
        assertEquals(List.of(List.of("0", "0.1"), List.of("1", "0.1"), List.of("0", "0.2"), List.of("1", "0.2")),
                i.groups().stream().map(Inspection.Group::values).toList());
        long[] successes = i.groups().stream().mapToLong(g -> g.statistics().successes()).toArray();
        assertArrayEquals(new long[] {1, 1, 2, 0}, successes);
        GroupStatistics never = i.groups().get(3).statistics();
        assertEquals(0, never.executed());
        assertTrue(Double.isNaN(GroupStatistics.mean(never.joined())));
    }

    @Test
    void unknownStageListsTheStages() {
        InspectException e = assertThrows(InspectException.class,
                () -> Inspector.inspect(ResultsFixture.twoStage(dir), List.of(), "treaty"));
        assertEquals("unknown stage \"treaty\"; the stages are: gge, call", e.getMessage());
    }

    @Test
    void byMustNameAParameterColumn() {
        InspectException e = assertThrows(InspectException.class,
                () -> Inspector.inspect(ResultsFixture.twoStage(dir), List.of("stage"), null));
        assertEquals("--by stage is not a parameter column of runs.csv; the parameter columns are: t, c",
                e.getMessage());
        InspectException twice = assertThrows(InspectException.class,
                () -> Inspector.inspect(ResultsFixture.twoStage(dir), List.of("t", "t"), null));
        assertEquals("--by t is given twice", twice.getMessage());
    }

    @Test
    void edgeByWithoutParameterColumns() {
        ResultsFixture.write(dir, ResultsFixture.manifest("run", 1, 1, 1), """
                run,point,replicate,seed,stage,rule,executed,success,success_round,joined,ambition
                0,0,0,5,s,majority,true,true,1,3,0.5
                """);
        InspectException e = assertThrows(InspectException.class,
                () -> Inspector.inspect(dir, List.of("t"), null));
        assertEquals("--by t: runs.csv has no parameter columns (nothing was varied or set); inspect without --by",
                e.getMessage());
    }

    @Test
    void sobolDesignCountsSuccessesPerPoint() throws Exception {
        ResultsFixture.write(dir, ResultsFixture.manifest("sobol", 3, 2, 6), """
                run,point,replicate,seed,t,stage,rule,executed,success,success_round,joined,ambition
                0,0,0,1,0.1,s,majority,true,true,1,3,0.5
                1,0,1,2,0.1,s,majority,true,false,,1,0.5
                2,1,0,3,0.9,s,majority,true,true,1,3,0.5
                3,1,1,4,0.9,s,majority,true,true,1,3,0.5
                4,2,0,5,0.5,s,majority,true,false,,1,0.5
                5,2,1,6,0.5,s,majority,true,false,,1,0.5
                """);
        Inspection i = Inspector.inspect(dir, List.of(), null);
        assertTrue(i.hasSobol());
        assertArrayEquals(new long[] {2, 2, 2}, i.pointRuns());
        assertArrayEquals(new long[] {1, 2, 0}, i.pointSuccesses());
        assertFalse(Inspector.inspect(dir, List.of("t"), null).hasSobol());
    }

    @Test
    void missingFilesAreNamed() {
        NoSuchFileException folder = assertThrows(NoSuchFileException.class,
                () -> Inspector.inspect(dir.resolve("none"), List.of(), null));
        assertEquals(dir.resolve("none").toString(), folder.getFile());
        ResultsFixture.twoStage(dir);
        dir.resolve("runs.csv").toFile().delete();
        NoSuchFileException runs = assertThrows(NoSuchFileException.class,
                () -> Inspector.inspect(dir, List.of(), null));
        assertEquals(dir.resolve("runs.csv").toString(), runs.getFile());
    }

    @Test
    void malformedCellNamesLineAndColumn() {
        ResultsFixture.write(dir, ResultsFixture.manifest("grid", 4, 2, 8),
                ResultsFixture.TWO_STAGE_RUNS.replace("5,2,1,16,0.2,0,call,open-declaration,true,true,3,6,0.75",
                        "5,2,1,16,0.2,0,call,open-declaration,true,yes,3,6,0.75"));
        MalformedResultsException e = assertThrows(MalformedResultsException.class,
                () -> Inspector.inspect(dir, List.of(), null));
        assertEquals(dir.resolve("runs.csv") + " line 13: column success: expected TRUE or FALSE, was \"yes\"",
                e.getMessage());
    }

    @Test
    void malformedRowsAreRefusedWithTheirLine() {
        assertMalformed(ResultsFixture.TWO_STAGE_RUNS.replace("3,1,1,14,0.1,1,gge,consensus,true,false,,3,0.25\n",
                "3,1,1,14,0.1,1,gge,consensus,true,false,,3\n"), "line 8: 12 cells, the header has 13");
        assertMalformed(ResultsFixture.TWO_STAGE_RUNS.replace("4,2,0,15,0.2,0,call,open-declaration,true,true,1,6,0.75",
                "4,2,0,15,0.2,0,call,open-declaration,true,true,1,six,0.75"),
                "line 11: column joined: expected a number or empty, was \"six\"");
        assertMalformed(ResultsFixture.TWO_STAGE_RUNS.replace("4,2,0,15,0.2,0,call", "2,2,0,15,0.2,0,call"),
                "line 11: run 2 after run 4: rows are not in run order");
        assertMalformed(ResultsFixture.TWO_STAGE_RUNS.replace("3,1,1,14,0.1,1,call,open-declaration,true,true,4,7,0.5\n",
                ""), "line 9: run 3 has no row for stage call");
        assertMalformed(ResultsFixture.TWO_STAGE_RUNS.replace("7,3,1,18,0.2,1,call,open-declaration,false,,,,\n", ""),
                ": the last run, 7, has no row for stage call");
        assertMalformed(ResultsFixture.TWO_STAGE_RUNS.replace("6,3,0,17,0.2,1,gge", "6,3,0,17,0.2,1,\"gge"),
                "line 14: not valid CSV ((startline 14) EOF reached before encapsulated token finished)");
        assertMalformed("run,point,seed,stage\n", "line 1: not a negsim runs.csv: the header must start with "
                + "run,point,replicate,seed");
        assertMalformed("run,point,replicate,seed,t,stage,rule,executed,success,success_round,joined\n",
                "line 1: not a negsim runs.csv: the header has no ambition column after stage");
        assertMalformed("", ": empty, not even a header line");
        assertMalformed(ResultsFixture.TWO_STAGE_RUNS.lines().findFirst().orElseThrow() + "\n",
                ": no rows below the header");
    }

    @Test
    void incompleteSweepDropsATornLastLineAndAPartialLastRun() throws Exception {
        String torn = ResultsFixture.TWO_STAGE_RUNS.substring(0,
                ResultsFixture.TWO_STAGE_RUNS.indexOf("6,3,0,17,0.2,1,call")) + "6,3,0,17,0.2,1,ca";
        ResultsFixture.write(dir, ResultsFixture.manifest("grid", 4, 2, 8, false, 0, 1), torn);
        Inspection i = Inspector.inspect(dir, List.of(), null);
        assertEquals(6, i.runs()); // runs 0-5; run 6 has only its gge row
        assertFalse(i.manifest().complete());
    }

    @Test
    void edgeIncompleteSweepWithoutRows() {
        ResultsFixture.write(dir, ResultsFixture.manifest("grid", 4, 2, 8, false, 0, 1),
                ResultsFixture.TWO_STAGE_RUNS.lines().findFirst().orElseThrow() + "\n");
        InspectException e = assertThrows(InspectException.class, () -> Inspector.inspect(dir, List.of(), null));
        assertEquals("the sweep is incomplete: 0 of 8 runs; resume it first", e.getMessage());
    }

    private void assertMalformed(String runs, String expectedEnd) {
        ResultsFixture.write(dir, ResultsFixture.manifest("grid", 4, 2, 8), runs);
        MalformedResultsException e = assertThrows(MalformedResultsException.class,
                () -> Inspector.inspect(dir, List.of(), null));
        assertTrue(e.getMessage().startsWith(dir.resolve("runs.csv") + (expectedEnd.startsWith(":") ? "" : " ")
                + expectedEnd), e.getMessage());
    }
}

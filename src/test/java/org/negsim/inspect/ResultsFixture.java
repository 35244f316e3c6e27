package org.negsim.inspect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-written results folders for the inspect tests: a manifest and a short runs.csv. */
public final class ResultsFixture {

    /**
     * A two-stage grid sweep over t ∈ {0.1, 0.2} × c ∈ {0, 1}, 2 replications (8 runs). Stage gge
     * always runs; stage call only when gge failed (its cells are empty otherwise).
     * <pre>
     * run point t   c  gge            call
     *  0   0   0.1  0  failed         success round 2, joined 5, ambition 0.5
     *  1   0   0.1  0  failed         failed,         joined 3, ambition 0.5
     *  2   1   0.1  1  success r1     did not run
     *  3   1   0.1  1  failed         success round 4, joined 7, ambition 0.5
     *  4   2   0.2  0  failed         success round 1, joined 6, ambition 0.75
     *  5   2   0.2  0  failed         success round 3, joined 6, ambition 0.75
     *  6   3   0.2  1  success r2     did not run
     *  7   3   0.2  1  success r3     did not run
     * </pre>
     */
    public static final String TWO_STAGE_RUNS = """
            run,point,replicate,seed,t,c,stage,rule,executed,success,success_round,joined,ambition
            0,0,0,11,0.1,0,gge,consensus,true,false,,2,0.25
            0,0,0,11,0.1,0,call,open-declaration,true,true,2,5,0.5
            1,0,1,12,0.1,0,gge,consensus,true,false,,2,0.25
            1,0,1,12,0.1,0,call,open-declaration,true,false,,3,0.5
            2,1,0,13,0.1,1,gge,consensus,true,true,1,4,0.25
            2,1,0,13,0.1,1,call,open-declaration,false,,,,
            3,1,1,14,0.1,1,gge,consensus,true,false,,3,0.25
            3,1,1,14,0.1,1,call,open-declaration,true,true,4,7,0.5
            4,2,0,15,0.2,0,gge,consensus,true,false,,1,0.25
            4,2,0,15,0.2,0,call,open-declaration,true,true,1,6,0.75
            5,2,1,16,0.2,0,gge,consensus,true,false,,2,0.25
            5,2,1,16,0.2,0,call,open-declaration,true,true,3,6,0.75
            6,3,0,17,0.2,1,gge,consensus,true,true,2,4,0.25
            6,3,0,17,0.2,1,call,open-declaration,false,,,,
            7,3,1,18,0.2,1,gge,consensus,true,true,3,4,0.25
            7,3,1,18,0.2,1,call,open-declaration,false,,,,
            """;

    private ResultsFixture() {
    }

    /** A manifest (with a small scenario tree to skip) of a sweep that completed. */
    public static String manifest(String type, long points, int replications, long runs) {
        return manifest(type, points, replications, runs, true, 0, 1);
    }

    /** A manifest with every field inspect reads. */
    public static String manifest(String type, long points, int replications, long runs, boolean complete,
                                  int shardIndex, int shardCount) {
        return """
                {
                  "engineVersion": "0.1.0",
                  "scenarioFile": "fixture.json",
                  "scenario": {"issues": [{"id": "a", "name": "not the name"}], "name": "fixture", "actors": []},
                  "commandLine": ["sweep", "fixture.json"],
                  "masterSeed": 2018,
                  "runSeed": null,
                  "design": {"type": "%s", "samples": 4, "replications": %d, "points": %d,
                             "vary": {"t": "0.1,0.2", "c": "0,1"}, "record": [], "shard": {"index": %d, "count": %d}},
                  "runs": %d,
                  "threads": 2,
                  "startTime": "2025-01-01T00:00:00Z",
                  "endTime": %s,
                  "javaVersion": "17"
                }
                """.formatted(type, replications, points, shardIndex, shardCount, runs,
                complete ? "\"2025-01-01T00:01:00Z\"" : "null");
    }

    /** Writes {@code manifest.json} and {@code runs.csv} into {@code dir} and returns {@code dir}. */
    public static Path write(Path dir, String manifest, String runs) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("manifest.json"), manifest, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("runs.csv"), runs, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The two-stage grid sweep, complete. */
    public static Path twoStage(Path dir) {
        return write(dir, manifest("grid", 4, 2, 8), TWO_STAGE_RUNS);
    }

    /** A manifest record as {@link ResultsManifest#read} returns it, for tests that need no files. */
    public static ResultsManifest manifestRecord(String type, long points, int replications, long runs,
                                                 boolean complete, int shardCount) {
        return new ResultsManifest("fixture", 2018, type, points, replications, runs, complete, 0, shardCount);
    }
}

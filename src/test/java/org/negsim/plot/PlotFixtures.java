package org.negsim.plot;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small hand-made results folders for the plot tests: a scenario tree, a manifest and CSV tables. */
final class PlotFixtures {

    /**
     * Six actors: states A, B (groups G) and C, firms F1 and F2, civil group V; emissions on the
     * states only. Stage "call" (open declaration, five conditions) and stage "vote" (majority).
     */
    static final String SCENARIO = """
            {
              "name": "tiny-call",
              "description": "A <b>tiny</b> scenario & its \\"quotes\\"",
              "sources": ["Source <one>", "https://example.org/a?b=1&c=2"],
              "issues": [
                { "id": "restraint", "label": "Restraint <cyber>", "statusQuo": 0.1 },
                { "id": "norms", "label": "Norms", "statusQuo": 0.2 }
              ],
              "actors": [
                { "id": "A", "name": "Alpha", "kind": "state", "groups": ["G"], "weights": { "emissions": 3 },
                  "position": { "restraint": 0.9, "norms": 0.8 }, "salience": { "restraint": 1, "norms": 1 } },
                { "id": "B", "name": "Beta", "kind": "state", "groups": ["G"], "weights": { "emissions": 1 },
                  "position": { "restraint": 0.7, "norms": 0.6 }, "salience": { "restraint": 1, "norms": 1 } },
                { "id": "C", "name": "Gamma", "kind": "state", "weights": { "emissions": 6 },
                  "position": { "restraint": 0.2, "norms": 0.3 }, "salience": { "restraint": 1, "norms": 1 } },
                { "id": "F1", "name": "Firm one", "kind": "firm",
                  "position": { "restraint": 0.8, "norms": 0.9 }, "salience": { "restraint": 1, "norms": 1 } },
                { "id": "F2", "name": "Firm two", "kind": "firm",
                  "position": { "restraint": 0.4, "norms": 0.5 }, "salience": { "restraint": 1, "norms": 1 } },
                { "id": "V", "name": "Voices", "kind": "civil",
                  "position": { "restraint": 1.0, "norms": 1.0 }, "salience": { "restraint": 1, "norms": 1 } }
              ],
              "stages": [
                { "id": "call", "forum": "Forum <x>", "rule": { "type": "open-declaration" }, "founders": ["A"],
                  "text": { "restraint": 0.8, "norms": 0.7 }, "rounds": 3,
                  "success": [
                    { "select": { "kinds": ["state"] }, "minCount": 2 },
                    { "select": "all", "minFraction": 0.5 },
                    { "select": { "kinds": ["state", "firm"] }, "minFraction": 0.25 },
                    { "select": { "groups": ["G"] }, "minCount": 1 },
                    { "select": { "kinds": ["state"] }, "minShare": 0.5, "weight": "emissions" }
                  ] },
                { "id": "vote", "rule": { "type": "majority", "quota": "two-thirds" },
                  "members": { "kinds": ["state"] }, "text": "inherit", "rounds": 2, "concession": 0.5 }
              ],
              "experiment": { "seed": 7, "replications": 1 }
            }
            """;

    /** runs.csv of a single run: the call succeeded in round 2, the vote failed. */
    static final String RUN_RUNS = """
            run,point,replicate,seed,stage,rule,executed,success,success_round,in_force_round,rounds,members,yes,no,abstain,joined,joined_civil,joined_firm,joined_state,share_emissions,text_restraint,text_norms,ambition
            0,0,0,42,call,open-declaration,true,true,2,2,3,6,,,,5,1,2,2,0.4,0.8,0.7,0.6
            0,0,0,42,vote,majority,true,false,,,2,3,1,2,0,1,0,0,1,0.3,0.5,0.45,0.325
            """;

    /** rounds.csv of that run. */
    static final String RUN_ROUNDS = """
            run,stage,round,joined,joined_civil,joined_firm,joined_state,share_emissions,yes,no,abstain,text_restraint,text_norms,success
            0,call,0,1,0,0,1,0.3,,,,0.8,0.7,false
            0,call,1,3,1,1,1,0.3,,,,0.8,0.7,false
            0,call,2,5,1,2,2,0.4,,,,0.8,0.7,true
            0,call,3,5,1,2,2,0.4,,,,0.8,0.7,true
            0,vote,0,0,0,0,0,0.0,,,,0.8,0.7,false
            0,vote,1,1,0,0,1,0.3,1,2,0,0.8,0.7,false
            0,vote,2,1,0,0,1,0.3,1,2,0,0.5,0.45,false
            """;

    /**
     * runs.csv of a grid sweep over p (0.0, 1.0) and q (a, b), one replicate per point plus a second
     * for p=1.0: the call succeeds in 3 of 5 runs; the vote ran only in 2 of them.
     */
    static final String SWEEP_RUNS = """
            run,point,replicate,seed,p,q,stage,rule,executed,success,success_round,joined,ambition
            0,0,0,1,0.0,a,call,open-declaration,true,false,,,
            0,0,0,1,0.0,a,vote,majority,false,,,,
            1,1,0,2,0.0,b,call,open-declaration,true,true,1,,
            1,1,0,2,0.0,b,vote,majority,true,true,1,,
            2,2,0,3,1.0,a,call,open-declaration,true,true,2,,
            2,2,0,3,1.0,a,vote,majority,true,false,,,
            3,3,0,4,1.0,b,call,open-declaration,true,true,1,,
            3,3,0,4,1.0,b,vote,majority,false,,,,
            4,3,1,5,1.0,b,call,open-declaration,true,false,,,
            4,3,1,5,1.0,b,vote,majority,false,,,,
            """;

    private PlotFixtures() {
    }

    /** The scenario tree. */
    static JsonObject tree() {
        return JsonParser.parseString(SCENARIO).getAsJsonObject();
    }

    /** A single-run results folder in {@code dir}. */
    static Path runFolder(Path dir) {
        JsonObject design = new JsonObject();
        design.addProperty("type", "run");
        design.add("set", new JsonObject());
        return folder(dir, design, 42L, RUN_RUNS, RUN_ROUNDS);
    }

    /** A grid-sweep results folder in {@code dir} (no rounds.csv). */
    static Path sweepFolder(Path dir) {
        JsonObject design = new JsonObject();
        design.addProperty("type", "grid");
        JsonObject vary = new JsonObject();
        vary.addProperty("p", "0.0,1.0");
        vary.addProperty("q", "a,b");
        design.add("vary", vary);
        return folder(dir, design, null, SWEEP_RUNS, null);
    }

    static Path folder(Path dir, JsonObject design, Long runSeed, String runs, String rounds) {
        try {
            Files.createDirectories(dir);
            JsonObject m = new JsonObject();
            m.addProperty("engineVersion", "0.1.0-test");
            m.addProperty("scenarioFile", "tiny.json");
            m.add("scenario", tree());
            m.add("commandLine", JsonParser.parseString("[\"run\", \"tiny.json\"]"));
            m.addProperty("masterSeed", 7);
            m.addProperty("runSeed", runSeed);
            m.add("design", design);
            m.addProperty("runs", 5);
            m.addProperty("startTime", "2025-01-31T12:00:00Z");
            m.addProperty("endTime", "2025-01-31T12:00:01Z");
            Files.writeString(dir.resolve("manifest.json"), m.toString(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("runs.csv"), runs, StandardCharsets.UTF_8);
            if (rounds != null) {
                Files.writeString(dir.resolve("rounds.csv"), rounds, StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

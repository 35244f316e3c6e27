package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code negsim fit} end to end: the folder, fitted.json taken by run and sweep, errors and exit codes. */
class FitCommandTest {

    @TempDir
    Path dir;

    private Path scenario() throws Exception {
        Path file = dir.resolve("tiny.json");
        Files.writeString(file, "{\"name\":\"tiny\",\"issues\":[{\"id\":\"x\",\"statusQuo\":0.2}],\"actors\":["
                + actor("A", 0.9) + "," + actor("B", 0.6) + "," + actor("C", 0.3) + "," + actor("D", 0.7) + ","
                + actor("E", 0.5) + "," + actor("F", 0.65) + "],"
                + "\"behavior\":{\"temperature\":0.1,\"signCost\":0.1},"
                + "\"stages\":[{\"id\":\"s\",\"rule\":{\"type\":\"open-declaration\"},\"founders\":[\"A\"],"
                + "\"text\":{\"x\":0.8},\"rounds\":4,\"success\":[{\"select\":\"all\",\"minCount\":3}]}],"
                + "\"experiment\":{\"seed\":3,\"replications\":2}}");
        return file;
    }

    private static String actor(String id, double p) {
        return "{\"id\":\"" + id + "\",\"kind\":\"state\",\"position\":{\"x\":" + p + "},\"salience\":{\"x\":1}}";
    }

    private Path record(String body) throws Exception {
        Path file = dir.resolve("record.csv");
        Files.writeString(file, "stage,actor,decision,round\n" + body);
        return file;
    }

    @Test
    void writesTheFolderAndFittedJsonRunsAndSweeps() throws Exception {
        Path s = scenario();
        Path r = record("s,A,joined,0\ns,B,joined,2\ns,C,none,\ns,D,joined,1\ns,E,joined,4\ns,F,none,\n");
        Path out = dir.resolve("fit");
        Cli.Result res = Cli.execute("fit", s.toString(), "--record", r.toString(), "--free", "behavior.signCost=-0.5..0.5",
                "--holdout", "F", "--out", out.toString());
        assertEquals(0, res.exitCode(), res.err());
        assertTrue(res.out().contains("exact likelihood"), res.out());
        assertTrue(res.out().contains("behavior.signCost"), res.out());
        assertTrue(res.out().contains("held out (1 actors)"), res.out());
        String csv = Files.readString(out.resolve("fit.csv"));
        assertTrue(csv.startsWith("parameter,estimate,se,low,high\nbehavior.signCost,"), csv);
        JsonObject json = JsonParser.parseString(Files.readString(out.resolve("fit.json"))).getAsJsonObject();
        assertEquals("exact", json.get("method").getAsString());
        assertEquals(1, json.get("parameters").getAsInt());
        assertTrue(json.has("aic") && json.has("bic") && json.has("inSample") && json.has("heldOut"));
        double estimate = json.getAsJsonArray("estimates").get(0).getAsJsonObject().get("estimate").getAsDouble();
        JsonObject fitted = JsonParser.parseString(Files.readString(out.resolve("fitted.json"))).getAsJsonObject();
        assertEquals(estimate, fitted.getAsJsonObject("behavior").get("signCost").getAsDouble(), 0.0);

        Path fittedFile = out.resolve("fitted.json");
        assertEquals(0, Cli.execute("run", fittedFile.toString(), "--quiet", "--out", dir.resolve("run").toString()).exitCode());
        assertEquals(0, Cli.execute("sweep", fittedFile.toString(), "--quiet", "--out", dir.resolve("sweep").toString()).exitCode());
        // never clobbered
        Cli.Result again = Cli.execute("fit", s.toString(), "--record", r.toString(), "--free", "behavior.signCost=-0.5..0.5",
                "--out", out.toString());
        assertEquals(2, again.exitCode(), again.err());
    }

    @Test
    void badInputIsExitTwoOrThreeWithOneLine() throws Exception {
        Path s = scenario();
        Path bad = record("s,A,joined,0\ns,B,joined,9\n");
        Cli.Result r = Cli.execute("fit", s.toString(), "--record", bad.toString(), "--free", "behavior.signCost=0..1");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("record.csv:3: round 9 is out of range 0..4"), r.err());
        Path good = record("s,A,joined,0\ns,B,joined,2\n");
        Cli.Result p = Cli.execute("fit", s.toString(), "--record", good.toString(), "--free", "behavior.flexibility=0..2");
        assertEquals(2, p.exitCode());
        assertTrue(p.err().contains("--free behavior.flexibility: the range 0..2 leaves the field's domain at 2.0"), p.err());
        Cli.Result missing = Cli.execute("fit", s.toString(), "--record", dir.resolve("nope.csv").toString(), "--free",
                "behavior.signCost=0..1");
        assertEquals(3, missing.exitCode(), missing.err());
        Cli.Result holdout = Cli.execute("fit", s.toString(), "--record", good.toString(), "--free", "behavior.signCost=0..1",
                "--holdout", "kind=firm");
        assertEquals(2, holdout.exitCode());
        assertTrue(holdout.err().contains("--holdout kind=firm: matches no actor of the record"), holdout.err());
    }

    @Test
    void aSeedOutsideZeroToTwoToThe53IsExitTwoNamingTheRange() throws Exception {
        Path s = scenario();
        Path good = record("s,A,joined,0\ns,B,joined,2\n");
        for (String seed : new String[] {"-1", "9007199254740992"}) {
            Cli.Result r = Cli.execute("fit", s.toString(), "--record", good.toString(), "--free", "behavior.signCost=0..1",
                    "--seed", seed, "--out", dir.resolve("f" + seed).toString());
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains("--seed: must be an integer in [0, 2^53) = [0, 9007199254740991], was " + seed), r.err());
        }
    }

    @Test
    void aRecordTheModelFitsPerfectlyEndsAtABoundInsteadOfAnInternalError() throws Exception {
        // every decision separable by the sign of G − c: ln L rises to 0 as the temperature falls and is
        // flat in the cost, where BOBYQA stops with "failed to reduce Q"; the best point seen is kept
        Path s = scenario();
        Path r = record("s,A,joined,0\ns,B,joined,1\ns,C,none,\ns,D,joined,1\ns,E,joined,1\ns,F,joined,1\n");
        Cli.Result res = Cli.execute("fit", s.toString(), "--record", r.toString(), "--free", "behavior.signCost=-0.3..0.3",
                "--free", "behavior.temperature=0.001..0.5", "--out", dir.resolve("perfect").toString());
        assertEquals(0, res.exitCode(), res.err());
        assertTrue(res.out().contains("profile (at the lower bound)"), res.out());
    }
}

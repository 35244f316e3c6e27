package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.negsim.io.Manifest;
import org.negsim.io.Sha256;
import org.negsim.scenario.ScenarioLoader;

/** Actors and ties as CSV tables, end to end: {@code negsim tables}, identical results, every error, the escapes. */
class TablesTest {

    private static final List<String> RESULTS = List.of("runs.csv", "rounds.csv", "actors.csv");

    static Stream<String> shipped() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    private static Path tables(String scenario, Path dir) {
        Path out = dir.resolve("tables");
        Cli.Result r = Cli.execute("tables", "scenarios/" + scenario, "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        return out.resolve(scenario);
    }

    private static void assertSameResults(Path a, Path b) throws IOException {
        for (String f : RESULTS) {
            if (Files.exists(a.resolve(f)) || Files.exists(b.resolve(f))) {
                assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
            }
        }
    }

    private static Path run(Path scenario, Path out, String... extra) {
        String[] args = Stream.concat(Stream.of("run", scenario.toString(), "--quiet", "--out", out.toString()),
                Stream.of(extra)).toArray(String[]::new);
        Cli.Result r = Cli.execute(args);
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyShippedScenarioRoundTripsToTheSameBytes(String name, @TempDir Path dir) throws Exception {
        Path table = tables(name, dir);
        assertSameResults(run(Path.of("scenarios", name), dir.resolve("json")), run(table, dir.resolve("table")));
        JsonObject manifest = Manifest.read(dir.resolve("table"));
        assertEquals(Sha256.of(table.resolveSibling("actors.csv")),
                manifest.getAsJsonArray("scenarioTables").get(0).getAsJsonObject().get("sha256").getAsString());
        // the manifest's scenario holds the rows as lists: it binds alone (plot and report read it)
        assertEquals(ScenarioLoader.load(Path.of("scenarios", name)).actors().stream().map(a -> a.id()).toList(),
                ScenarioLoader.bind(manifest.getAsJsonObject("scenario")).actors().stream().map(a -> a.id()).toList());
    }

    @Test
    void setAndSweepAddressTableActorsLikeAnyOthers(@TempDir Path dir) throws Exception {
        Path table = tables("un-gge-2017.json", dir);
        Path json = Path.of("scenarios", "un-gge-2017.json");
        String[] set = {"--set", "actors[kind=state].signCost=0.05", "--set", "actors[CHN].position.norms=0.9"};
        assertSameResults(run(json, dir.resolve("j"), set), run(table, dir.resolve("t"), set));
        for (Path s : List.of(json, table)) {
            Cli.Result r = Cli.execute("sweep", s.toString(), "--quiet", "--threads", "2", "--replications", "3",
                    "--vary", "actors[USA].signCost=0,0.3", "--vary", "stages[gge-2017].concession=0.1,0.5",
                    "--record", "rounds,actors", "--out", dir.resolve("sweep-" + (s == json ? "j" : "t")).toString());
            assertEquals(0, r.exitCode(), r.err());
        }
        assertSameResults(dir.resolve("sweep-j"), dir.resolve("sweep-t"));
    }

    @Test
    void resumeRefusesAChangedTable(@TempDir Path dir) throws Exception {
        Path table = tables("un-gge-2017.json", dir);
        String[] sweep = {"sweep", table.toString(), "--quiet", "--replications", "1", "--out", dir.resolve("s").toString()};
        assertEquals(0, Cli.execute(sweep).exitCode());
        Path actors = table.resolveSibling("actors.csv");
        Files.writeString(actors, Files.readString(actors).replace("0.0266", "0.0267"));
        Cli.Result r = Cli.execute(Stream.concat(Stream.of(sweep), Stream.of("--resume")).toArray(String[]::new));
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("its table actors.csv changed (SHA-256 "), r.err());
    }

    /** A two-actor scenario whose actors (and ties) are the given tables. */
    private static Path scenario(Path dir, String actors, String ties) throws IOException {
        Files.writeString(dir.resolve("actors.csv"), actors, StandardCharsets.UTF_8);
        if (ties != null) {
            Files.writeString(dir.resolve("ties.csv"), ties, StandardCharsets.UTF_8);
        }
        Path s = dir.resolve("s.json");
        Files.writeString(s, "{\"name\":\"t\",\"issues\":[{\"id\":\"restraint\",\"statusQuo\":0.1}],"
                + "\"actors\":{\"table\":\"actors.csv\"}" + (ties != null ? ",\"ties\":{\"table\":\"ties.csv\"}" : "")
                + ",\"stages\":[{\"id\":\"v\",\"rule\":{\"type\":\"consensus\"},\"text\":{\"restraint\":0.8},"
                + "\"rounds\":1}]}");
        return s;
    }

    private static final String HEADER = "id,name,kind,groups,position.restraint,salience.restraint\n";

    private static String error(Path scenario, String command) {
        Cli.Result r = command.equals("validate") ? Cli.execute(command, scenario.toString())
                : Cli.execute(command, scenario.toString(), "--out", scenario.resolveSibling("r").toString());
        assertEquals(2, r.exitCode(), r.err());
        return r.err().strip();
    }

    @Test
    void everyTableErrorNamesTheFileLineAndColumn(@TempDir Path dir) throws Exception {
        String ok = "FRA,France,state,EU;NATO,0.9,0.6\nDEU,Germany,state,EU,0.7,0.4\n";
        String[][] cases = {
            {HEADER + ok.replace("0.4", "-0.2"), null, "error: actors.csv:3: salience.restraint: must be >= 0, was -0.2"},
            {HEADER + ok.replace("0.7", "abc"), null, "error: actors.csv:3: position.restraint: must be a number, was \"abc\""},
            {HEADER + ok.replace("0.7", ""), null,
                "error: actors.csv:3: position.restraint: must not be empty (positions and saliences have no default)"},
            {HEADER + ok.replace("DEU", "FRA"), null, "error: actors.csv:3: id: duplicate id \"FRA\" (first at actors.csv:2)"},
            {HEADER + ok.replace(",EU,", ",EU;;G7,"), null, "error: actors.csv:3: groups: must not be empty"},
            {HEADER + ok.replace("DEU,Germany,state,EU,0.7,0.4", "DEU,Germany,state,EU,0.7"), null,
                "error: actors.csv:3: has 5 cells, the header has 6"},
            {HEADER.replace("salience.restraint", "salince.restraint") + ok, null,
                "error: actors.csv:1: unknown column \"salince.restraint\"; allowed: id, name, kind, groups, home, capability,"
                    + " signCost, conformity, flexibility, temperature, availableFrom, position.<issue>, salience.<issue>,"
                    + " weight.<name>"},
            {HEADER.replace("kind,", "") + ok.replace("state,", ""), null,
                "error: actors.csv:1: missing column \"kind\" (required: id, kind, position.<issue>, salience.<issue>)"},
            {HEADER.replace(",salience.restraint", "") + ok.replace(",0.6", "").replace(",0.4", ""), null,
                "error: actors.csv:2: no salience.<issue> column (every issue needs a position.<issue> and a"
                    + " salience.<issue> column)"},
            {HEADER.replace("position.restraint", "position.other") + ok, null,
                "error: actors.csv:2: position.other: unknown issue \"other\"; issues: restraint"},
            {HEADER, null, "error: actors.csv: has a header but no rows; it needs at least one row"},
            {HEADER + ok, "from,to,weight\nFRA,DEU,1\nDEU,XYZ,0.5\n",
                "error: ties.csv:3: to: unknown actor \"XYZ\"; ids: DEU, FRA"},
            {HEADER + ok, "from,to,weight\nFRA,DEU,0\n", "error: ties.csv:2: weight: must be > 0, was 0"},
            {HEADER + ok, "from,to\nFRA,DEU\n", "error: ties.csv:1: missing column \"weight\" (required: from, to, weight)"},
            {HEADER + ok, "from,to,weight\nFRA,,1\n", "error: ties.csv:2: to: must not be empty"},
            {HEADER + ok + "\"unterminated,x,state,,0.1,0.1\n", null,
                "error: actors.csv: malformed CSV: (startline 4) EOF reached before encapsulated token finished"},
        };
        for (String[] c : cases) {
            Path s = scenario(Files.createTempDirectory(dir, "case"), c[0], c[1]);
            for (String command : List.of("validate", "run")) {
                String err = error(s, command);
                assertTrue(err.startsWith(c[2]), command + ": " + err + "\n  expected: " + c[2]);
            }
            assertEquals(error(s, "validate"), error(s, "sweep"), "sweep reports what validate does");
        }
        Path latin1 = scenario(Files.createTempDirectory(dir, "latin1"), HEADER + ok, null);
        Files.write(latin1.resolveSibling("actors.csv"), (HEADER + "FRA,Fran\u00e7aise,state,,0.9,0.6\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("error: actors.csv: not valid UTF-8", error(latin1, "validate"));
    }

    @Test
    void tablePathsStayInsideTheScenarioFolder(@TempDir Path dir) throws Exception {
        Path inner = Files.createDirectories(dir.resolve("inner"));
        Path s = scenario(inner, HEADER + "FRA,France,state,,0.9,0.6\n", null);
        Files.writeString(dir.resolve("outside.csv"), HEADER + "FRA,France,state,,0.9,0.6\n");
        Files.createDirectories(inner.resolve("sub"));
        Files.writeString(inner.resolve("sub/a.csv"), HEADER + "FRA,France,state,,0.9,0.6\n");
        Files.createSymbolicLink(inner.resolve("link.csv"), dir.resolve("outside.csv"));
        String json = Files.readString(s);
        String[][] cases = {
            {"../outside.csv", "error: $.actors.table: must stay inside the scenario's folder (no \"..\"), was \"../outside.csv\""},
            {"sub/../../outside.csv", "error: $.actors.table: must stay inside the scenario's folder (no \"..\")"},
            {dir.resolve("outside.csv").toString(), "error: $.actors.table: must be a path relative to the scenario's folder"},
            {"link.csv", "error: $.actors.table: \"link.csv\" leads out of the scenario's folder"},
        };
        for (String[] c : cases) {
            Files.writeString(s, json.replace("\"actors.csv\"", "\"" + c[0] + "\""));
            for (String command : List.of("validate", "run", "sweep", "tables")) {
                String err = error(s, command);
                assertTrue(err.startsWith(c[1]), command + ": " + err);
            }
        }
        Files.writeString(s, json.replace("\"actors.csv\"", "\"sub/a.csv\""));
        assertEquals(0, Cli.execute("validate", s.toString()).exitCode(), "a subfolder is inside");
        Files.writeString(s, json.replace("\"actors.csv\"", "\"missing.csv\""));
        Cli.Result missing = Cli.execute("validate", s.toString());
        assertEquals(3, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("missing.csv: no such file"), missing.err());
    }

    @Test
    void tablesNeverReplacesFilesWithoutOverwrite(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("t");
        assertEquals(0, Cli.execute("tables", "scenarios/un-gge-2017.json", "--out", out.toString()).exitCode());
        Cli.Result again = Cli.execute("tables", "scenarios/un-gge-2017.json", "--out", out.toString());
        assertEquals(2, again.exitCode(), again.err());
        assertTrue(again.err().contains("exists and is not empty; pass --overwrite"), again.err());
        assertEquals(0, Cli.execute("tables", "scenarios/un-gge-2017.json", "--out", out.toString(), "--overwrite")
                .exitCode());
        // a user's own spreadsheet is never replaced, not even with --overwrite
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("actors.csv"), "my,own,work\n");
        Cli.Result forced = Cli.execute("tables", "scenarios/un-gge-2017.json", "--out", mine.toString(), "--overwrite");
        assertEquals(2, forced.exitCode(), forced.err());
        assertTrue(forced.err().contains("was not made by negsim"), forced.err());
        assertEquals("my,own,work\n", Files.readString(mine.resolve("actors.csv")));
    }
}

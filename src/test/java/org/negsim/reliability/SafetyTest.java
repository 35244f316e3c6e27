package org.negsim.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reproducers of the safety issue, through the command line: a scenario can never name a
 * path, nothing is clobbered, two processes never write one folder, free text cannot reach the
 * terminal raw.
 */
class SafetyTest {

    private static final String SCENARIO = Path.of("scenarios", "un-gge-2017.json").toString();

    @TempDir
    Path dir;

    /** A valid one-stage scenario with the given name, first actor's id and holdout's name (JSON-escaped here). */
    private Path scenario(String name, String actorId, String actorName, String description) throws IOException {
        String json = """
                {"name": %s, "description": %s,
                 "issues": [{"id": "i", "statusQuo": 0}],
                 "actors": [{"id": %s, "kind": "state", "position": {"i": 1}, "salience": {"i": 1}},
                            {"id": "B", "name": %s, "kind": "state", "position": {"i": 0}, "salience": {"i": 1},
                             "signCost": 5}],
                 "stages": [{"id": "s", "rule": {"type": "open-declaration"}, "text": {"i": 1}, "rounds": 2,
                             "success": [{"select": "all", "minCount": 2}]}]}
                """.formatted(quote(name), quote(description), quote(actorId), quote(actorName));
        return Files.writeString(dir.resolve("s.json"), json);
    }

    /** A JSON string literal with every character outside printable ASCII escaped. */
    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** Every file under the working directory's results folder and the temp folder, with its bytes' hash. */
    private Map<String, Integer> snapshot(Path root) throws IOException {
        Map<String, Integer> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), java.util.Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "/tmp/negsim-escape", "a/b", "a\\b", "nul\u0000", "lone\ud800", "=HYPERLINK(1)",
        "+1+1", "@SUM(1+1)", "-x", "_x", "a b", "line\nbreak", "esc\u001b[2J", "dot.name", ""})
    void aScenarioNameThatIsNotAnIdIsRefusedAndNothingIsWritten(String name) throws Exception {
        Path file = scenario(name, "A", "Alpha", "d");
        Map<String, Integer> before = snapshot(Path.of("results"));
        Negsim.Result r = Negsim.execute("run", file.toString(), "--overwrite", "--quiet");
        Negsim.assertOneLineScenarioError(r);
        assertTrue(r.err().startsWith("error: $.name: "), r.printed());
        assertFalse(r.err().contains("\u001b") || r.err().contains("\u0000"), r.printed());
        assertEquals(before, snapshot(Path.of("results")), "nothing under results/ changed");
        assertEquals(List.of("s.json"), Negsim.names(dir));
        assertFalse(Files.exists(Path.of("/tmp/negsim-escape")));
        // the same through --set (an argument of a real process can hold neither a NUL nor nothing)
        if (name.isEmpty() || name.indexOf('\u0000') >= 0) {
            return;
        }
        Path good = scenario("good", "A", "Alpha", "d");
        Negsim.Result set = Negsim.execute("run", good.toString(), "--set", "name=" + name, "--overwrite", "--quiet");
        assertEquals(2, set.exitCode(), set.printed());
        assertEquals(1, set.err().lines().count(), set.printed());
        assertEquals(before, snapshot(Path.of("results")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"x\")", "+1+1", "@SUM(1+1)", "-1", "a,b", "a\"b", "a\nb", "vote/1", "vote?1",
        "a b", "a.b", "x[1]", "\u001b[31m"})
    void anIdThatIsNotAnIdIsRefusedWithTheRule(String id) throws Exception {
        Path file = scenario("ok", id, "Alpha", "d");
        Negsim.Result r = Negsim.execute("validate", file.toString());
        Negsim.assertOneLineScenarioError(r);
        assertTrue(r.err().startsWith("error: $.actors[0].id: is not a valid id, was "), r.printed());
        assertTrue(r.err().endsWith("(ids may contain letters, digits, _ and -, and start with a letter or digit)\n"),
                r.printed());
        assertFalse(r.err().contains("\u001b"), r.printed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"x\")", "+1+1", "@SUM(1+1)", "-cmd"})
    void aCommandLineValueThatASpreadsheetWouldRunIsRefused(String value) throws Exception {
        Path file = scenario("ok", "A", "Alpha", "d");
        Negsim.Result set = Negsim.execute("run", file.toString(), "--set", "actors[A].name=" + value,
                "--out", dir.resolve("out").toString());
        Negsim.assertOneLineScenarioError(set);
        assertTrue(set.err().contains("would be read as a formula by a spreadsheet"), set.printed());
        Negsim.Result vary = Negsim.execute("sweep", file.toString(), "--vary", "actors[A].name=ok," + value,
                "--out", dir.resolve("out").toString());
        Negsim.assertOneLineScenarioError(vary);
        assertFalse(Files.exists(dir.resolve("out")));
        // negative numbers are numbers
        assertEquals(0, Negsim.execute("run", file.toString(), "--set", "actors[A].signCost=-0.5", "--out",
                dir.resolve("neg").toString(), "--quiet").exitCode());
    }

    @Test
    void aSampledDesignWithoutSamplesSaysWhatIsMissing() {
        Negsim.Result r = Negsim.execute("sweep", SCENARIO, "--design", "lhs", "--vary", "behavior.temperature=0..0.2",
                "--out", dir.resolve("out").toString());
        Negsim.assertRefused(r, 2, "--design lhs: needs --samples N (the number of design points), given neither on"
                + " the command line nor in the file's experiment.design");
    }

    @Test
    void idsOfAnyScriptAreFine() throws Exception {
        Path file = scenario("côte-日本-3", "Côte-d-Ivoire_2", "Alpha", "d");
        Negsim.Result r = Negsim.execute("run", file.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.printed());
        assertTrue(Files.readString(dir.resolve("out/actors.csv")).contains(",Côte-d-Ivoire_2,"));
    }

    @Test
    void freeTextReachesTheTerminalWithItsControlCharactersEscaped() throws Exception {
        Path file = scenario("ok", "A", "Evil\u001b[2J\u0007\u202e", "desc\u001b]0;title\u0007");
        Negsim.Result r = Negsim.execute("run", file.toString(), "--out", dir.resolve("out").toString(), "--seed", "1");
        assertEquals(0, r.exitCode(), r.printed());
        assertTrue(r.out().contains("Evil\\u001b[2J\\u0007\\u202e"), r.out());
        for (String printed : new String[] {r.out(), r.err()}) {
            assertFalse(printed.chars().anyMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || c == 0x202e), printed);
        }
        Negsim.Result inspect = Negsim.execute("inspect", dir.resolve("out").toString());
        assertFalse(inspect.out().contains("\u001b"), inspect.out());
    }

    @Test
    void reportNeverReplacesATableOfTheResults() throws Exception {
        Path out = dir.resolve("r");
        assertEquals(0, Negsim.execute("run", SCENARIO, "--out", out.toString(), "--quiet").exitCode());
        byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
        Negsim.Result r = Negsim.execute("report", out.toString(), "--out", out.resolve("runs.csv").toString());
        Negsim.assertRefused(r, 2, out.resolve("runs.csv").toAbsolutePath()
                + " exists; pass --overwrite to replace it, or --out FILE to write elsewhere");
        Negsim.Result forced = Negsim.execute("report", out.toString(), "--out", out.resolve("runs.csv").toString(),
                "--overwrite");
        Negsim.assertRefused(forced, 2, "refusing to replace " + out.resolve("runs.csv").toAbsolutePath()
                + ": it was not written by this negsim command; remove it yourself or give another --out");
        assertArrayEquals(runs, Files.readAllBytes(out.resolve("runs.csv")));
        // its own report it replaces
        assertEquals(0, Negsim.execute("report", out.toString(), "--quiet").exitCode());
        Negsim.Result again = Negsim.execute("report", out.toString(), "--quiet");
        assertEquals(2, again.exitCode(), again.printed());
        assertEquals(0, Negsim.execute("report", out.toString(), "--quiet", "--overwrite").exitCode());
        // plot: a folder as a whole
        assertEquals(0, Negsim.execute("plot", out.toString(), "--quiet").exitCode());
        assertEquals(2, Negsim.execute("plot", out.toString(), "--quiet").exitCode());
        assertEquals(0, Negsim.execute("plot", out.toString(), "--quiet", "--overwrite").exitCode());
    }

    @Test
    void aSymlinkedOutIsNeverFollowed() throws Exception {
        Path other = dir.resolve("other");
        assertEquals(0, Negsim.execute("sweep", SCENARIO, "--out", other.toString(), "--quiet").exitCode());
        byte[] manifest = Files.readAllBytes(other.resolve("manifest.json"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), other);
        for (String[] extra : new String[][] {{}, {"--overwrite"}, {"--resume"}}) {
            List<String> args = new ArrayList<>(List.of("sweep", SCENARIO, "--out", link.toString(), "--quiet"));
            args.addAll(List.of(extra));
            Negsim.Result r = Negsim.execute(args.toArray(new String[0]));
            Negsim.assertRefused(r, 2, link + " is a symbolic link; negsim does not write through links: give the"
                    + " folder itself, or another --out");
        }
        assertEquals(2, Negsim.execute("run", SCENARIO, "--out", link.toString(), "--overwrite", "--quiet").exitCode());
        assertArrayEquals(manifest, Files.readAllBytes(other.resolve("manifest.json")));
    }

    private static Process startSweep(Path out, String... options) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.negsim.cli.Main", "sweep", Path.of("scenarios", "paris-call-2018.json").toString(),
                "--out", out.toString(), "--quiet", "--threads", "1"));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits until the file exists and is not empty, or the process ended. */
    private static void awaitProgress(Process p, Path file) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (p.isAlive() && System.nanoTime() < deadline && !(Files.exists(file) && Files.size(file) > 2000)) {
            Thread.sleep(5);
        }
    }

    @Test
    void aSecondProcessOnTheSameFolderIsRefusedNamingTheHolder() throws Exception {
        Path out = dir.resolve("d");
        Process first = startSweep(out, "--replications", "400");
        try {
            awaitProgress(first, out.resolve("runs.csv"));
            assertTrue(first.isAlive(), "the first sweep should still run (make it longer on a faster machine)");
            Negsim.Result second = Negsim.execute("sweep", Path.of("scenarios", "paris-call-2018.json").toString(),
                    "--out", out.toString(), "--quiet", "--replications", "400", "--resume");
            Negsim.assertRefused(second, 2, out + " is being written by another negsim process (pid " + first.pid()
                    + "); wait for it to finish, or give another --out");
            Negsim.Result run = Negsim.execute("run", SCENARIO, "--out", out.toString(), "--overwrite", "--quiet");
            assertEquals(2, run.exitCode(), run.printed());
        } finally {
            assertTrue(first.waitFor(5, TimeUnit.MINUTES));
        }
        assertEquals(0, first.exitValue());
        Negsim.Result inspect = Negsim.execute("inspect", out.toString(), "--csv");
        assertEquals(0, inspect.exitCode(), inspect.printed());
        assertFalse(Files.exists(out.resolveSibling(".d.lock")), "the lock file is removed at the end");
    }

    @Test
    void aKilledOverwriteKeepsTheOldSweepAndResumesTheNewOne() throws Exception {
        Path out = dir.resolve("d");
        Path fresh = dir.resolve("fresh");
        assertEquals(0, Negsim.execute("sweep", Path.of("scenarios", "paris-call-2018.json").toString(), "--out",
                out.toString(), "--quiet", "--replications", "3").exitCode());
        Map<String, Integer> old = snapshot(out);
        String[] newer = {"--replications", "300", "--record", "rounds"};
        for (int attempt = 0; attempt < 3; attempt++) {
            List<String> opts = new ArrayList<>(List.of(newer));
            opts.add(attempt == 0 ? "--overwrite" : "--resume");
            Process p = startSweep(out, opts.toArray(new String[0]));
            awaitProgress(p, out.resolveSibling(".d.overwrite").resolve("runs.csv"));
            if (p.isAlive()) {
                p.destroyForcibly().waitFor();
            }
            assertEquals(old, snapshot(out), "the old sweep is intact while the new one is incomplete");
        }
        List<String> opts = new ArrayList<>(List.of(newer));
        opts.add("--resume");
        Process last = startSweep(out, opts.toArray(new String[0]));
        assertTrue(last.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, last.exitValue());
        assertFalse(Files.exists(out.resolveSibling(".d.overwrite")));
        Process whole = startSweep(fresh, newer);
        assertTrue(whole.waitFor(5, TimeUnit.MINUTES));
        for (String table : new String[] {"runs.csv", "rounds.csv"}) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(table)), Files.readAllBytes(out.resolve(table)), table);
        }
    }
}

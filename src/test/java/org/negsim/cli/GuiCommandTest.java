package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code negsim gui} without opening a window: its usage, and every failure that comes before the
 * console (invalid scenario, missing file, bad --set, no display). The console itself is tested
 * under Xvfb by {@code org.negsim.gui.NegotiationGuiTest}.
 */
class GuiCommandTest {

    @TempDir
    Path dir;

    @Test
    void helpNamesTheOptionsAndTheDisplayItNeeds() {
        Cli.Result r = Cli.execute("gui", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("--seed=N"), r.out());
        assertTrue(r.out().contains("--set=PATH=VALUE"), r.out());
        assertTrue(r.out().contains("scripts/ci/xvfb-up.sh"), r.out());
    }

    @Test
    void theTopCommandListsGuiAndSchema() {
        String out = Cli.execute("--help").out();
        assertTrue(out.contains("  gui "), out);
        assertTrue(out.contains("  schema "), out);
    }

    @Test
    void anInvalidScenarioFailsBeforeAnyWindowOpens() {
        Cli.Result r = Cli.execute("gui", "src/test/resources/invalid/missing-name.json");
        assertEquals(2, r.exitCode());
        assertEquals("error: $: missing required key \"name\"\n", r.err());
    }

    @Test
    void aMissingFileIsAnInputOutputError() {
        Cli.Result r = Cli.execute("gui", dir.resolve("nope.json").toString());
        assertEquals(3, r.exitCode());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains("no such file or folder"), r.err());
    }

    @Test
    void aSetThatBreaksTheScenarioFailsLikeRun() {
        Cli.Result r = Cli.execute("gui", "scenarios/un-gge-2017.json", "--set", "behavior.temperature=-1");
        assertEquals(2, r.exitCode());
        assertEquals("error: $.behavior.temperature: must be >= 0, was -1\n", r.err());
    }

    @Test
    void withoutADisplayItSaysSoAndFailsWithExitCodeTwo() throws Exception {
        Process p = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "gui", "scenarios/un-gge-2017.json"))
                .redirectErrorStream(true).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("negsim gui did not exit without a display");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.startsWith("error: no graphical display: negsim gui needs one"), out);
        assertTrue(out.contains("scripts/ci/xvfb-up.sh"), out);
    }
}

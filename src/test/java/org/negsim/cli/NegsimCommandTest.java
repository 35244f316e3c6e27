package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.negsim.io.EngineVersion;

class NegsimCommandTest {

    @Test
    void versionPrintsTheEngineVersion() {
        Cli.Result r = Cli.execute("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("negsim " + EngineVersion.get() + "\n"), r.out());
    }

    @Test
    void helpListsTheCommandsAndEveryExitCode() {
        Cli.Result r = Cli.execute("--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        for (String line : new String[] {"0   success", "1   internal error", "2   invalid usage, invalid scenario, damaged results",
            "3   input/output error"}) {
            assertTrue(r.out().contains(line), line + " in\n" + r.out());
        }
        assertTrue(r.out().contains("run "), r.out());
        assertTrue(r.out().contains("validate "), r.out());
    }

    @Test
    void subcommandHelpListsTheExitCodesToo() {
        Cli.Result r = Cli.execute("run", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("2   invalid usage, invalid scenario, damaged results"), r.out());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.execute();
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: missing command"), r.err());
    }

    @Test
    void unknownCommandOrOptionIsAUsageErrorWithAHint() {
        Cli.Result r = Cli.execute("bogus");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Try 'negsim --help'"), r.err());
        Cli.Result o = Cli.execute("run", "--bogus", "x.json");
        assertEquals(2, o.exitCode());
        assertTrue(o.err().startsWith("error: Unknown option: '--bogus'"), o.err());
    }

    @Test
    void seedThatIsNotANumberIsAUsageError() {
        Cli.Result r = Cli.execute("run", "x.json", "--seed", "abc");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: Invalid value for option '--seed'"), r.err());
    }
}

package org.negsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one command of {@code scenarios/README.md} regenerates every shipped scenario from the
 * repository alone ({@code data/} and {@code scripts/build-scenarios/}), calibrated and checked
 * with negsim itself (here: the classes under test, through {@code --negsim}), byte for byte.
 */
class ScenarioGeneratorTest {

    private static final Path SCENARIOS = Path.of("scenarios");

    @Test
    void regeneratesEveryShippedScenarioByteForByte(@TempDir Path out) throws Exception {
        assumeTrue(python3Available(), "python3 is not on the PATH: the scenario generator cannot run here");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String negsim = String.join(" ", List.of(quote(java), "-XX:+UseSerialGC", "-cp",
                quote(System.getProperty("java.class.path")), "org.negsim.cli.Main"));
        Path log = out.resolve("build.log");
        Path generated = Files.createDirectories(out.resolve("scenarios"));
        Process p = new ProcessBuilder("python3", "scripts/build-scenarios/build.py", "--out", generated.toString(),
                "--negsim", negsim).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(15, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, done ? p.exitValue() : -1, "the generator failed or a check against the record failed:\n" + output);

        List<String> shipped = jsonNames(SCENARIOS);
        assertEquals(shipped, jsonNames(generated), "the generator writes exactly the shipped scenarios");
        for (String name : shipped) {
            assertArrayEquals(Files.readAllBytes(SCENARIOS.resolve(name)), Files.readAllBytes(generated.resolve(name)),
                    name + " differs from what the generator writes; run the command of scenarios/README.md");
        }
    }

    private static List<String> jsonNames(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .collect(Collectors.toCollection(ArrayList::new));
        }
    }

    /** A word for a POSIX shell's (and Python's shlex's) splitting. */
    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}

package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the whole output of one run byte for byte: the fixture scenario
 * {@code src/test/resources/golden/small-call.json} (a consensus GGE that fails, an open call that
 * runs because it failed, then a two-thirds vote that runs because the call succeeded) with seed 7
 * must give exactly the committed {@code golden/small-call-seed7/*.csv}. A difference means the
 * model, a rule, the seeding or the CSV format changed; if that change is intended, regenerate
 * the expected files from the repository root, inspect the diff by hand, and commit them:
 * <pre>
 *   ./negsim run src/test/resources/golden/small-call.json --seed 7 --out /tmp/golden --overwrite
 *   cp /tmp/golden/{runs,rounds,actors}.csv src/test/resources/golden/small-call-seed7/
 *   git diff src/test/resources/golden/
 * </pre>
 * and say in the commit and in {@code CHANGELOG.md} why the results changed.
 */
class GoldenFilesTest {

    private static final String EXPECTED = "/golden/small-call-seed7/";

    @TempDir
    static Path dir;

    private static Path out;

    private static synchronized Path output() {
        if (out == null) {
            Path scenario = Cli.copyFixture("small-call.json", dir);
            out = dir.resolve("out");
            Cli.Result r = Cli.execute("run", scenario.toString(), "--seed", "7", "--out", out.toString(), "--quiet");
            assertEquals(0, r.exitCode(), r.err());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"runs.csv", "rounds.csv", "actors.csv"})
    void tableMatchesTheCommittedFileByteForByte(String table) throws IOException {
        String expected;
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream(EXPECTED + table)) {
            if (in == null) {
                throw new IllegalStateException("missing expected file " + EXPECTED + table);
            }
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(output().resolve(table), StandardCharsets.UTF_8), table);
    }
}

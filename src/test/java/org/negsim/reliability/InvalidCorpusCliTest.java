package org.negsim.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken scenario of {@code src/test/resources/invalid/} (listed with its exact message in
 * {@code expected.tsv}) through the command line, as a user meets it: {@code negsim validate} and
 * {@code negsim run} both exit 2, print exactly {@code error: MESSAGE} and a line feed on standard
 * error and nothing on standard output, and {@code run} creates nothing at all — no results folder,
 * no staging folder.
 */
class InvalidCorpusCliTest {

    @TempDir
    Path dir;

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(Negsim.resource("invalid/expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            cases.add(Arguments.of(line.substring(0, tab), line.substring(tab + 1)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validateExitsTwoWithTheExactMessage(String file, String message) {
        Negsim.Result r = Negsim.execute("validate", Negsim.resource("invalid/" + file).toString());
        Negsim.assertRefused(r, 2, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void runExitsTwoWithTheExactMessageAndCreatesNothing(String file, String message) {
        Path out = dir.resolve("results").resolve("out");
        Negsim.Result r = Negsim.execute("run", Negsim.resource("invalid/" + file).toString(),
                "--out", out.toString());
        Negsim.assertRefused(r, 2, message);
        assertEquals(List.of(), Negsim.names(dir), "no results folder, no staging folder, no parent");
    }

    @Test
    void theCorpusCoversAtLeastFortyMistakes() throws IOException {
        assertTrue(corpus().count() >= 40);
    }
}

package org.negsim.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;
import org.negsim.scenario.ScenarioException;
import org.negsim.scenario.ScenarioLoader;

/**
 * Property: whatever is done to a valid scenario, negsim either accepts it or rejects it with one
 * line naming a JSON path — never an internal error, an uncaught exception, a stack trace, a stack
 * overflow or a hang. Seeds are every file of {@code scenarios/} and {@code src/test/resources/valid/};
 * mutations are those of {@link ScenarioMutator}. Thousands of mutants go through
 * {@code ScenarioLoader.readTree + bind} — and each also through the streaming
 * {@code ScenarioLoader.load}, which must give the same scenario or the same first error — hundreds
 * through {@code negsim validate}, dozens through {@code negsim run} (with every stage cut to two rounds).
 *
 * <p>Reproducible: the mutant of case {@code i} comes from seed {@code MASTER + i}; a failure prints
 * that seed, what was mutated and the mutated text. {@code -Dnegsim.fuzz.seed=S} and
 * {@code -Dnegsim.fuzz.cases=N} change the master seed and the number of loader cases.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class MutationFuzzTest {

    private static final long MASTER = Long.getLong("negsim.fuzz.seed", 20181112L);
    private static final int LOADER_CASES = Integer.getInteger("negsim.fuzz.cases", 6000);
    private static final int VALIDATE_CASES = 300;
    private static final int RUN_CASES = 40;

    /** Name and tree of each seed scenario. */
    private record Seed(String name, JsonObject tree) {
    }

    private static List<Seed> seeds;
    private static List<Seed> shortSeeds;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSeeds() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("scenarios"), Negsim.resource("valid"))) {
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        seeds = new ArrayList<>();
        shortSeeds = new ArrayList<>();
        for (Path f : files) {
            JsonObject tree = ScenarioLoader.readTree(f);
            ScenarioLoader.bind(tree);
            seeds.add(new Seed(f.getFileName().toString(), tree));
            JsonObject quick = tree.deepCopy();
            for (JsonElement stage : quick.getAsJsonArray("stages")) {
                stage.getAsJsonObject().add("rounds", new JsonPrimitive(Math.min(2, stage.getAsJsonObject().get("rounds").getAsInt())));
            }
            shortSeeds.add(new Seed(f.getFileName().toString(), quick));
        }
        assertTrue(seeds.size() >= 9, "seven shipped scenarios and two test ones, found " + seeds.size());
    }

    private Path write(ScenarioMutator.Mutant m, String name) {
        try {
            Path file = dir.resolve(name);
            Files.write(file, m.bytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String report(long seed, Seed base, ScenarioMutator.Mutant m, String problem) {
        return "case seed " + seed + " (master " + MASTER + "), mutant of " + base.name() + ": " + m.description()
                + "\n" + problem + "\n--- mutated text:\n" + m.text();
    }

    /** Every field of a bound scenario (NaN would show), to compare the tree and streaming readers. */
    private static final com.google.gson.Gson FIELDS = new com.google.gson.GsonBuilder()
            .serializeSpecialFloatingPointValues().create();

    @Test
    void loaderAcceptsOrRejectsEveryMutantWithOneLineNamingAPath() {
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < LOADER_CASES; i++) {
            long seed = MASTER + i;
            Seed base = seeds.get(i % seeds.size());
            ScenarioMutator.Mutant m = new ScenarioMutator(seed).mutate(base.tree());
            Path file = write(m, "mutant.json");
            String outcome;
            try {
                outcome = FIELDS.toJson(ScenarioLoader.bind(ScenarioLoader.readTree(file)));
                accepted++;
            } catch (ScenarioException e) {
                String message = e.getMessage();
                boolean several = e instanceof org.negsim.scenario.ScenarioErrors;
                if (!message.startsWith("$") || message.contains("\r") || !several && (message.contains("\n")
                        || !message.equals(e.path() + ": " + e.detail()))) {
                    fail(report(seed, base, m, "bad message: " + message));
                }
                outcome = "error " + message;
                rejected++;
            } catch (Throwable t) {
                StringWriter trace = new StringWriter();
                t.printStackTrace(new PrintWriter(trace));
                fail(report(seed, base, m, "uncaught " + trace));
                return;
            }
            // the streaming reader of run and validate: the same scenario or the same first error
            String streamed;
            try {
                streamed = FIELDS.toJson(ScenarioLoader.load(file, List.of()).scenario());
            } catch (ScenarioException e) {
                streamed = "error " + e.getMessage();
            } catch (Throwable t) {
                StringWriter trace = new StringWriter();
                t.printStackTrace(new PrintWriter(trace));
                fail(report(seed, base, m, "streamed: uncaught " + trace));
                return;
            }
            if (!streamed.equals(outcome)) {
                fail(report(seed, base, m, "streamed: " + streamed + "\n  tree: " + outcome));
            }
        }
        System.out.println("MutationFuzzTest loader: " + LOADER_CASES + " mutants, " + accepted + " accepted, "
                + rejected + " rejected (master seed " + MASTER + ")");
        assertTrue(rejected > LOADER_CASES / 2, "most mutants should be invalid: " + rejected);
        assertTrue(accepted > 0, "some mutants should still be valid (e.g. a changed label)");
    }

    @Test
    void validateExitsZeroOrTwoWithOneLine() {
        for (int i = 0; i < VALIDATE_CASES; i++) {
            long seed = MASTER + 1_000_000L + i;
            Seed base = seeds.get(i % seeds.size());
            ScenarioMutator.Mutant m = new ScenarioMutator(seed).mutate(base.tree());
            Path file = write(m, "mutant.json");
            Negsim.Result r = Negsim.execute("validate", file.toString());
            if (r.exitCode() == 0) {
                if (!r.out().startsWith("OK ") || !r.err().isEmpty()) {
                    fail(report(seed, base, m, r.printed()));
                }
            } else if (r.exitCode() != 2 || !r.err().startsWith("error: $") || !r.err().lines().allMatch(l -> l.startsWith("error: $") || l.startsWith("error: and "))
                    || !r.out().isEmpty() || Negsim.looksLikeStackTrace(r.err())) {
                fail(report(seed, base, m, r.printed()));
            }
        }
    }

    @Test
    void runExitsZeroWithTheFourFilesOrTwoWithNothingCreated() {
        int ran = 0;
        for (int i = 0; i < RUN_CASES; i++) {
            long seed = MASTER + 2_000_000L + i;
            Seed base = shortSeeds.get(i % shortSeeds.size());
            ScenarioMutator.Mutant m = new ScenarioMutator(seed).mutate(base.tree());
            Path input = dir.resolve("in-" + i);
            Path file;
            try {
                Files.createDirectories(input);
                file = Files.write(input.resolve("mutant.json"), m.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path parent = dir.resolve("out-" + i);
            Negsim.Result r = Negsim.execute("run", file.toString(), "--out", parent.resolve("r").toString(), "--quiet");
            if (r.exitCode() == 0) {
                ran++;
                if (!Files.isDirectory(parent) || !Negsim.names(parent).equals(List.of("r"))
                        || !Negsim.names(parent.resolve("r")).equals(
                                List.of(".negsim", "actors.csv", "manifest.json", "rounds.csv", "runs.csv"))) {
                    fail(report(seed, base, m, "unexpected files: " + r.printed()));
                }
            } else if (r.exitCode() != 2 || !r.err().startsWith("error: $") || !r.err().lines().allMatch(l -> l.startsWith("error: $") || l.startsWith("error: and "))
                    || !r.out().isEmpty() || Negsim.looksLikeStackTrace(r.err()) || Files.exists(parent)) {
                fail(report(seed, base, m, r.printed() + "\nexists: " + Files.exists(parent)));
            }
        }
        System.out.println("MutationFuzzTest run: " + RUN_CASES + " mutants, " + ran + " ran");
    }
}

package org.negsim.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioException;
import org.negsim.scenario.ScenarioLoader;
import org.negsim.scenario.TableExport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Input from tables: reading, checking and binding (what {@code negsim run} and {@code validate}
 * do before the first round) a scenario of {@code actors} actors in {@code actors.csv} and
 * {@link #TIES_PER_ACTOR} ties per actor in {@code ties.csv} — 100 000 actors and 1 000 000 ties
 * by default. The actors are {@link LargeScenario}'s (5 issues, groups of 11); tie j → i runs from
 * a uniformly drawn other actor, weight in (0, 1], from a seeded generator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-XX:+UseSerialGC"})
public class TableInput {

    /** Ties per actor. */
    public static final int TIES_PER_ACTOR = LargeScenario.TIES_PER_ACTOR;

    @Param("100000")
    public int actors;

    private Path dir;
    private Path scenario;

    @Setup(Level.Trial)
    public void write() throws IOException, ScenarioException {
        dir = Files.createTempDirectory("negsim-table-input");
        scenario = writeTables(dir, actors);
    }

    /**
     * Writes the table workload into {@code dir}: {@code large.json} (LargeScenario's actors inline)
     * and {@code tables/} with {@code large.json}, {@code actors.csv} and {@code ties.csv}.
     *
     * @return the table scenario, {@code dir/tables/large.json}
     */
    static Path writeTables(Path dir, int actors) throws IOException, ScenarioException {
        Path json = dir.resolve("large.json");
        try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            LargeScenario.write(actors, LargeScenario.DEFAULT_SEED, w);
        }
        Path tables = Files.createDirectories(dir.resolve("tables"));
        TableExport export = new TableExport(ScenarioLoader.readTree(json));
        try (Writer w = Files.newBufferedWriter(tables.resolve(TableExport.ACTORS), StandardCharsets.UTF_8)) {
            export.writeActors(w);
        }
        Path scenario = tables.resolve("large.json");
        Files.writeString(scenario, export.scenarioJson(), StandardCharsets.UTF_8);
        writeTies(tables.resolve(TableExport.TIES), actors, LargeScenario.DEFAULT_SEED);
        return scenario;
    }

    /** {@code actors × TIES_PER_ACTOR} ties ({@link LargeScenario#randomTies}) in file order of their target. */
    static void writeTies(Path file, int actors, long seed) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("from,to,weight\n");
            StringBuilder line = new StringBuilder(40);
            LargeScenario.randomTies(actors, seed, (from, to, weight) -> {
                line.setLength(0);
                line.append('a').append(from).append(",a").append(to).append(',').append(weight).append('\n');
                w.append(line);
            });
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Reads, checks and binds the table scenario, streaming both tables (as {@code run} does). */
    @Benchmark
    public Scenario readCheckAndBind() throws IOException, ScenarioException {
        Scenario s = ScenarioLoader.load(scenario, List.of()).scenario();
        if (s.ties().size() != (long) actors * TIES_PER_ACTOR) {
            throw new IllegalStateException("expected " + actors * TIES_PER_ACTOR + " ties, got " + s.ties().size());
        }
        return s;
    }
}

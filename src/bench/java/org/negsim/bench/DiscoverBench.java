package org.negsim.bench;

import ec.util.MersenneTwisterFast;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.negsim.discover.CsvSource;
import org.negsim.discover.Dataset;
import org.negsim.discover.DiscoverException;
import org.negsim.discover.Discovery;
import org.negsim.discover.Prim;
import org.negsim.discover.PrimSettings;
import org.negsim.discover.Where;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * PRIM scenario discovery at scale: a CSV of {@code rows} rows × 10 real inputs (uniform on [0, 1],
 * seeded) and an outcome true exactly inside 0.2 ≤ x0 ≤ 0.6, x1 ≥ 0.5 (x2..x9 irrelevant).
 * {@code read} streams the CSV into column arrays; {@code prim} runs PRIM with the defaults on the
 * table read once in the setup. Single-shot time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DiscoverBench {

    /** Inputs of the workload. */
    static final int INPUTS = 10;

    @Param({"1000000"})
    public int rows;

    private Path file;
    private Dataset data;
    private List<String> inputs;

    @Setup(Level.Trial)
    public void setUp() throws IOException, DiscoverException {
        file = Files.createTempFile("negsim-discover-bench", ".csv");
        write(file, rows, 2026);
        inputs = new ArrayList<>();
        for (int j = 0; j < INPUTS; j++) {
            inputs.add("x" + j);
        }
        data = CsvSource.read(file, inputs, "hit", Where.IS_TRUE);
        Discovery d = Prim.run(data, PrimSettings.DEFAULTS);
        if (d.regions().get(0).limits().size() != 2) {
            throw new IllegalStateException("the planted box was not found: " + d.regions().get(0).limits());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Dataset read() throws IOException, DiscoverException {
        return CsvSource.read(file, inputs, "hit", Where.IS_TRUE);
    }

    @Benchmark
    public Discovery prim() throws DiscoverException {
        return Prim.run(data, PrimSettings.DEFAULTS);
    }

    /** Writes the workload CSV ({@code java -cp benchmarks.jar org.negsim.bench.DiscoverBench ROWS FILE}). */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[1]), Integer.parseInt(args[0]), 2026);
    }

    static void write(Path target, int n, long seed) throws IOException {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < INPUTS; j++) {
                line.append('x').append(j).append(',');
            }
            out.write(line.append("hit\n").toString());
            double[] x = new double[INPUTS];
            for (int i = 0; i < n; i++) {
                line.setLength(0);
                for (int j = 0; j < INPUTS; j++) {
                    x[j] = rng.nextDouble();
                    line.append(x[j]).append(',');
                }
                boolean hit = x[0] >= 0.2 && x[0] <= 0.6 && x[1] >= 0.5;
                out.write(line.append(hit).append('\n').toString());
            }
        }
    }
}

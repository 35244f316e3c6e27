package org.negsim.bench;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.negsim.engine.Negotiation;
import org.negsim.engine.RunListener;
import org.negsim.engine.RunResult;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioException;
import org.negsim.scenario.ScenarioLoader;

/**
 * What loading a scenario file costs in heap with negsim's own reader, which builds the whole JSON
 * tree ({@link ScenarioLoader#readTree}) before binding it to model records:
 * {@code JsonTreeHeap FILE [check]}. Prints the heap in use after GC with the tree alive, after
 * binding (tree and records alive together, as inside {@link ScenarioLoader#load}), and with the
 * records alone. With {@code check}, also runs the engine on the loaded scenario and on
 * {@link LargeScenario#build} of the same size and fails unless the results are equal — the file and
 * the in-memory workload are the same scenario.
 */
public final class JsonTreeHeap {

    private JsonTreeHeap() {
    }

    public static void main(String[] args) throws IOException, ScenarioException {
        Path file = Path.of(args[0]);
        long base = EngineLoop.usedAfterGc();
        JsonObject tree = ScenarioLoader.readTree(file);
        long withTree = EngineLoop.usedAfterGc();
        System.out.printf("%s: file %d MB; max heap %d MB%n", file, Files.size(file) >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("  JSON tree alone:            %5d MB%n", (withTree - base) >> 20);
        Scenario scenario = ScenarioLoader.bind(tree);
        long both = EngineLoop.usedAfterGc();
        System.out.printf("  tree + bound scenario:      %5d MB%n", (both - base) >> 20);
        tree = null;
        long records = EngineLoop.usedAfterGc();
        System.out.printf("  bound scenario alone:       %5d MB (%d actors)%n", (records - base) >> 20,
                scenario.actors().size());
        if (args.length > 1 && args[1].equals("check")) {
            int n = scenario.actors().size();
            RunResult fromFile = Negotiation.run(scenario, EngineVsFloor.SEED, RunListener.NONE);
            scenario = null;
            RunResult inMemory = Negotiation.run(LargeScenario.build(n, LargeScenario.DEFAULT_SEED),
                    EngineVsFloor.SEED, RunListener.NONE);
            boolean same = fromFile.stages().get(0).joined() == inMemory.stages().get(0).joined()
                    && fromFile.stages().get(0).successRound() == inMemory.stages().get(0).successRound()
                    && java.util.Arrays.equals(fromFile.stages().get(0).shareByWeight(),
                            inMemory.stages().get(0).shareByWeight());
            System.out.printf("  file vs in-memory workload: joined %d vs %d, success round %d vs %d: %s%n",
                    fromFile.stages().get(0).joined(), inMemory.stages().get(0).joined(),
                    fromFile.stages().get(0).successRound(), inMemory.stages().get(0).successRound(),
                    same ? "same" : "DIFFERENT");
            if (!same) {
                System.exit(1);
            }
        }
    }
}

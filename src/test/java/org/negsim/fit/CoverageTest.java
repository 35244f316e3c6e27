package org.negsim.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.model.Scenario;

/**
 * The fit recovers the truth: records simulated by negsim with known conformity, sign cost and
 * temperature are fitted back, and the 95 % intervals cover the known values about 95 % of the time.
 * {@code -Dnegsim.coverage.records=N} runs N records (docs/fit.md has a large run's numbers).
 */
class CoverageTest {

    static final double COST = 0.15;
    static final double CONFORMITY = 0.3;
    static final double TEMPERATURE = 0.08;
    static final List<String> FREE = List.of("behavior.conformity=-1..2", "behavior.signCost=-0.5..1",
            "behavior.temperature=0.005..0.5");

    @Test
    void intervalsCoverTheTruthAboutNinetyFivePercentOfTheTime() throws Exception {
        int records = Integer.getInteger("negsim.coverage.records", 12);
        int actors = Integer.getInteger("negsim.coverage.actors", 200);
        double[] truth = {CONFORMITY, COST, TEMPERATURE};
        int[] covered = new int[3];
        double[] bias = new double[3];
        int exact = 0;
        for (int rec = 0; rec < records; rec++) {
            JsonObject tree = Synthetic.tree(actors, 6, 12, "open-declaration", COST, CONFORMITY, TEMPERATURE, 0.0, 1000 + rec);
            Scenario scenario = Synthetic.bind(tree);
            Record record = Synthetic.record(Synthetic.simulate(scenario, 5000 + rec), scenario);
            Fit.Result r = Fit.run(tree, scenario, record, FREE, new Fit.Options(null, null, rec, 2, 100));
            exact += r.exact() ? 1 : 0;
            for (int k = 0; k < 3; k++) {
                Estimator.Estimate e = r.estimate().estimates().get(k);
                covered[k] += e.low() <= truth[k] && truth[k] <= e.high() ? 1 : 0;
                bias[k] += (e.value() - truth[k]) / records;
            }
        }
        System.out.printf("coverage over %d records of %d actors: conformity %d, signCost %d, temperature %d;"
                + " bias %.4f %.4f %.4f%n", records, actors, covered[0], covered[1], covered[2], bias[0], bias[1], bias[2]);
        assertEquals(records, exact, "every record fixes the history: the likelihood is exact");
        int total = covered[0] + covered[1] + covered[2];
        double share = total / (3.0 * records);
        // 36 intervals at a true 95 %: fewer than 30 covered has probability < 1 %
        assertTrue(share >= 30 / 36.0, "coverage " + share);
        for (int k = 0; k < 3; k++) {
            assertTrue(covered[k] >= 0.8 * records, "parameter " + k + " covered " + covered[k] + " of " + records);
        }
    }
}

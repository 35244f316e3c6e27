package org.negsim.fit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ec.util.MersenneTwisterFast;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.negsim.engine.Negotiation;
import org.negsim.engine.RunListener;
import org.negsim.engine.StageActors;
import org.negsim.engine.StageOutcome;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioLoader;

/** Synthetic scenarios with known parameters, and records simulated from them by negsim itself. */
final class Synthetic {

    private Synthetic() {
    }

    /**
     * An open declaration (or a vote) of {@code actors} actors in {@code groups} groups tied by
     * groupTieWeight 1, two issues, positions drawn from {@code layoutSeed}.
     */
    static JsonObject tree(int actors, int groups, int rounds, String rule, double signCost, double conformity,
                           double temperature, double band, long layoutSeed) {
        MersenneTwisterFast r = new MersenneTwisterFast(layoutSeed);
        StringBuilder a = new StringBuilder();
        for (int i = 0; i < actors; i++) {
            if (i > 0) {
                a.append(',');
            }
            double p1 = r.nextDouble();
            double p2 = r.nextDouble();
            double s1 = 0.2 + 0.6 * r.nextDouble();
            a.append(String.format(java.util.Locale.ROOT,
                    "{\"id\":\"A%d\",\"kind\":\"%s\",\"groups\":[\"G%d\"],\"position\":{\"x\":%.4f,\"y\":%.4f},"
                            + "\"salience\":{\"x\":%.4f,\"y\":%.4f}}",
                    i, i % 3 == 0 ? "firm" : "state", i % groups, p1, p2, s1, 1 - s1));
        }
        String stage = rule.equals("open-declaration")
                ? "{\"id\":\"s\",\"rule\":{\"type\":\"open-declaration\"},\"founders\":[\"A0\",\"A1\"],"
                        + "\"text\":{\"x\":0.7,\"y\":0.6},\"rounds\":" + rounds
                        + ",\"success\":[{\"select\":\"all\",\"minFraction\":0.5}]}"
                : "{\"id\":\"s\",\"rule\":{\"type\":\"" + rule + "\"},\"text\":{\"x\":0.7,\"y\":0.6},\"rounds\":" + rounds + "}";
        String json = String.format(java.util.Locale.ROOT,
                "{\"name\":\"synthetic\",\"issues\":[{\"id\":\"x\",\"statusQuo\":0.3},{\"id\":\"y\",\"statusQuo\":0.3}],"
                        + "\"actors\":[%s],\"behavior\":{\"temperature\":%s,\"signCost\":%s,\"conformity\":%s,"
                        + "\"abstainBand\":%s,\"groupTieWeight\":1.0},\"stages\":[%s],\"experiment\":{\"seed\":7}}",
                a, temperature, signCost, conformity, band, stage);
        return JsonParser.parseString(json).getAsJsonObject();
    }

    /** The record CSV of one simulated run: every actor's decision (all observed). */
    static String simulate(Scenario scenario, long seed) {
        List<String> lines = new ArrayList<>();
        lines.add("stage,actor,decision,round");
        Negotiation.run(scenario, seed, new RunListener() {
            @Override
            public void stageEnded(StageOutcome outcome, StageActors actors) {
                if (actors == null) {
                    return;
                }
                for (int i = 0; i < actors.size(); i++) {
                    if (!actors.member(i)) {
                        continue;
                    }
                    String d = actors.decision(i);
                    int round = actors.decisionRound(i);
                    lines.add(outcome.stageId() + "," + actors.actor(i).id() + "," + d + ","
                            + (d.equals("none") ? "" : Integer.toString(round)));
                }
            }
        });
        return String.join("\n", lines) + "\n";
    }

    static Scenario bind(JsonObject tree) throws Exception {
        return ScenarioLoader.bind(tree);
    }

    static Record record(String csv, Scenario scenario) throws Exception {
        return RecordReader.read("record.csv", new StringReader(csv), scenario);
    }

}

package org.negsim.engine;

import java.util.List;
import java.util.Map;
import org.negsim.model.SuccessCondition;
import org.negsim.model.Stage;

/**
 * An open declaration: the text is fixed, founders join in round 0, every available member that
 * has not joined decides each round whether to join (and, with withdrawal allowed, every joined
 * available member whether to leave). The stage always runs all its rounds; it succeeds at the
 * first round at the end of which every success condition holds.
 */
final class DeclarationProcess extends StageProcess {

    private final boolean[] joined;
    /** Round of the latest join, or NOT_APPLICABLE. */
    private final int[] joinedRound;
    private final List<SuccessCondition> conditions;
    /** Per condition: the actors it counts (all actors of the scenario matching its selector). */
    private final boolean[][] conditionMask;
    private final int[] conditionMatching;
    private final int[] conditionWeight;
    private final double[] conditionTotalWeight;
    /** Counts of the last {@link #count()}: joined actors, per kind, weight shares, per condition. */
    private int joinedCount;
    private int[] joinedByKind;
    private double[] joinedShare;
    private final int[] conditionJoined;
    private final double[] conditionJoinedWeight;

    DeclarationProcess(Stage stage, Population population, double[] initialText, List<String> weightNames) {
        super(stage, population, initialText);
        this.joined = new boolean[population.size];
        this.joinedRound = new int[population.size];
        java.util.Arrays.fill(joinedRound, StageOutcome.NOT_APPLICABLE);
        Map<String, Integer> index = indexById(population.actors);
        for (String founder : stage.founders()) {
            int i = index.get(founder);
            joined[i] = true;
            joinedRound[i] = 0;
            support[i] = true;
        }
        this.conditions = stage.success();
        int c = conditions.size();
        conditionMask = new boolean[c][];
        conditionMatching = new int[c];
        conditionWeight = new int[c];
        conditionTotalWeight = new double[c];
        conditionJoined = new int[c];
        conditionJoinedWeight = new double[c];
        for (int k = 0; k < c; k++) {
            SuccessCondition cond = conditions.get(k);
            conditionMask[k] = select(cond.select(), population.actors);
            conditionMatching[k] = count(conditionMask[k]);
            conditionWeight[k] = cond.weight() == null ? -1 : weightNames.indexOf(cond.weight());
            if (conditionWeight[k] >= 0) {
                double total = 0.0;
                for (int i = 0; i < population.size; i++) {
                    if (conditionMask[k][i]) {
                        total += population.weight[conditionWeight[k]][i];
                    }
                }
                conditionTotalWeight[k] = total;
            }
        }
    }

    @Override
    RoundRecord initialRecord() {
        count();
        return record(false);
    }

    private RoundRecord record(boolean success) {
        return new RoundRecord(stage.id(), round, joinedCount, joinedByKind.clone(), joinedShare.clone(),
                StageOutcome.NOT_APPLICABLE, StageOutcome.NOT_APPLICABLE, StageOutcome.NOT_APPLICABLE,
                text.clone(), success);
    }

    @Override
    void decide(int round, InfluenceNetwork network, DecisionSource decisions) {
        this.round = round;
        boolean withdrawal = stage.allowWithdrawal();
        double band = population.abstainBand;
        boolean[] joined = this.joined;
        boolean[] member = this.member;
        int[] availableFrom = population.availableFrom;
        double[] temperature = population.temperature;
        for (int i = 0; i < population.size; i++) {
            // Without withdrawal a joined actor no longer decides (and draws nothing): skip it first.
            if ((joined[i] && !withdrawal) || !member[i] || round < availableFrom[i]) {
                continue;
            }
            if (!joined[i]) {
                double z = score(i, network.peer(i, support));
                if (decisions.join(i, round, z, temperature[i])) {
                    joined[i] = true;
                    joinedRound[i] = round;
                }
            } else {
                double z = score(i, network.peer(i, support));
                if (decisions.leave(i, round, z, temperature[i], band)) {
                    joined[i] = false;
                    joinedRound[i] = StageOutcome.NOT_APPLICABLE;
                }
            }
        }
    }

    @Override
    RoundRecord tally() {
        count();
        if (!succeeded && conditionsHold()) {
            succeeded = true;
            successRound = round;
        }
        return record(succeeded);
    }

    /**
     * One pass over the actors: copies {@code joined} into {@code support} and counts the joined actors
     * (in total, per kind, per weight, per success condition). Every sum runs in actor order, as the
     * separate passes it replaces did, so the numbers are the same to the last bit.
     */
    private void count() {
        int n = population.size;
        int weights = memberWeight.length;
        int c = conditions.size();
        int[] byKind = new int[population.kinds];
        double[] weightSum = new double[weights];
        java.util.Arrays.fill(conditionJoined, 0);
        java.util.Arrays.fill(conditionJoinedWeight, 0.0);
        int total = 0;
        boolean[] joined = this.joined;
        for (int i = 0; i < n; i++) {
            boolean j = joined[i];
            support[i] = j;
            if (!j) {
                continue;
            }
            total++;
            byKind[population.kindIndex[i]]++;
            for (int w = 0; w < weights; w++) {
                weightSum[w] += population.weight[w][i];
            }
            for (int k = 0; k < c; k++) {
                if (conditionMask[k][i]) {
                    conditionJoined[k]++;
                    int w = conditionWeight[k];
                    if (w >= 0) {
                        conditionJoinedWeight[k] += population.weight[w][i];
                    }
                }
            }
        }
        double[] share = new double[weights];
        for (int w = 0; w < weights; w++) {
            share[w] = memberWeight[w] > 0.0 ? weightSum[w] / memberWeight[w] : Double.NaN;
        }
        joinedCount = total;
        joinedByKind = byKind;
        joinedShare = share;
    }

    private boolean conditionsHold() {
        for (int k = 0; k < conditions.size(); k++) {
            if (!conditions.get(k).holds(conditionJoined[k], conditionMatching[k],
                    conditionJoinedWeight[k], conditionTotalWeight[k])) {
                return false;
            }
        }
        return true;
    }

    @Override
    boolean finished() {
        return round >= stage.rounds();
    }

    @Override
    StageOutcome outcome() {
        int inForce = succeeded ? successRound + stage.entryIntoForceDelay() : StageOutcome.NOT_APPLICABLE;
        return StageOutcome.declaration(stage.id(), stage.rule().type(), succeeded, successRound, inForce, round,
                memberCount, new StageOutcome.Supporters(joinedCount, joinedByKind.clone(), joinedShare.clone()),
                text.clone(), ambition());
    }

    @Override
    public String decision(int i) {
        return joined[i] ? "joined" : "none";
    }

    @Override
    public int decisionRound(int i) {
        return joined[i] ? joinedRound[i] : StageOutcome.NOT_APPLICABLE;
    }
}

package org.negsim.engine;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Map;
import org.negsim.model.SuccessCondition;
import org.negsim.model.Stage;
import org.negsim.rules.OpenDeclaration;

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
        return record(false);
    }

    private RoundRecord record(boolean success) {
        return new RoundRecord(stage.id(), round, count(joined), countByKind(joined), shareByWeight(joined),
                StageOutcome.NOT_APPLICABLE, StageOutcome.NOT_APPLICABLE, StageOutcome.NOT_APPLICABLE,
                text.clone(), success);
    }

    @Override
    void decide(int round, double[] peer, MersenneTwisterFast random) {
        this.round = round;
        boolean withdrawal = stage.allowWithdrawal();
        double band = population.abstainBand;
        for (int i = 0; i < population.size; i++) {
            if (!member[i] || !population.available(i, round)) {
                continue;
            }
            if (!joined[i]) {
                if (score(i, peer[i]) + noise(population.temperature[i], random) > 0.0) {
                    joined[i] = true;
                    joinedRound[i] = round;
                }
            } else if (withdrawal) {
                if (score(i, peer[i]) + noise(population.temperature[i], random) < -band) {
                    joined[i] = false;
                    joinedRound[i] = StageOutcome.NOT_APPLICABLE;
                }
            }
        }
    }

    @Override
    RoundRecord tally() {
        System.arraycopy(joined, 0, support, 0, joined.length);
        if (!succeeded && conditionsHold()) {
            succeeded = true;
            successRound = round;
        }
        return record(succeeded);
    }

    private boolean conditionsHold() {
        for (int k = 0; k < conditions.size(); k++) {
            boolean[] mask = conditionMask[k];
            int joinedMatching = 0;
            double joinedWeight = 0.0;
            int w = conditionWeight[k];
            for (int i = 0; i < population.size; i++) {
                if (mask[i] && joined[i]) {
                    joinedMatching++;
                    if (w >= 0) {
                        joinedWeight += population.weight[w][i];
                    }
                }
            }
            if (!OpenDeclaration.holds(conditions.get(k), joinedMatching, conditionMatching[k], joinedWeight,
                    conditionTotalWeight[k])) {
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
        return new StageOutcome(stage.id(), stage.rule().type(), true, succeeded, successRound, inForce,
                round, memberCount, StageOutcome.NOT_APPLICABLE, StageOutcome.NOT_APPLICABLE,
                StageOutcome.NOT_APPLICABLE, count(joined), countByKind(joined), shareByWeight(joined),
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

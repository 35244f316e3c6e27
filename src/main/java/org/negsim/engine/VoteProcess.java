package org.negsim.engine;

import java.util.List;
import org.negsim.model.Stage;
import org.negsim.rules.Tally;
import org.negsim.rules.VoteRule;

/**
 * A stage in which the members vote on the text every round until the rule adopts it or the
 * deadline passes; after each failed vote but the last the chair moves the text by μ toward the
 * capability×salience-weighted position of the members who did not vote yes.
 */
final class VoteProcess extends StageProcess {

    static final byte NONE = 0;
    static final byte YES = DecisionKernel.YES;
    static final byte NO = DecisionKernel.NO;
    static final byte ABSTAIN = DecisionKernel.ABSTAIN;
    /** An absent member: no vote, no draw, not present and voting. */
    static final byte ABSENT = 4;

    private final VoteRule rule;
    /** Index of the rule's weight in the weight names, or −1. */
    private final int ruleWeight;
    private final byte[] vote;
    private final boolean[] nonYes;
    /** Members absent from every vote of the stage. */
    private final boolean[] away;
    private int yes;
    private int no;
    private int abstain;
    private int absent;

    VoteProcess(Stage stage, Population population, double[] initialText, List<String> weightNames) {
        super(stage, population, initialText);
        this.rule = (VoteRule) stage.rule();
        this.ruleWeight = rule.weightName() == null ? -1 : weightNames.indexOf(rule.weightName());
        this.vote = new byte[population.size];
        this.nonYes = new boolean[population.size];
        this.away = new boolean[population.size];
        if (stage.absent() != null) {
            for (int i = 0; i < population.size; i++) {
                away[i] = stage.isAbsent(population.actors.get(i));
            }
        }
    }

    @Override
    RoundRecord initialRecord() {
        return new RoundRecord(stage.id(), 0, 0, new int[population.kinds], shareByWeight(support),
                StageOutcome.NOT_APPLICABLE, StageOutcome.NOT_APPLICABLE, StageOutcome.NOT_APPLICABLE,
                text.clone(), false);
    }

    @Override
    void decide(int round, InfluenceNetwork network, DecisionSource decisions) {
        this.round = round;
        double band = population.abstainBand;
        for (int i = 0; i < population.size; i++) {
            if (!member[i]) {
                vote[i] = NONE;
            } else if (away[i]) {
                vote[i] = ABSENT;
            } else if (!population.available(i, round)) {
                vote[i] = ABSTAIN;
            } else {
                double z = score(i, network.peer(i, support));
                vote[i] = decisions.vote(i, round, z, population.temperature[i], band);
            }
        }
    }

    @Override
    RoundRecord tally() {
        yes = 0;
        no = 0;
        abstain = 0;
        absent = 0;
        double yesWeight = 0.0;
        for (int i = 0; i < population.size; i++) {
            support[i] = vote[i] == YES;
            // the chair amends toward the present members who did not vote yes
            nonYes[i] = member[i] && vote[i] != YES && vote[i] != ABSENT;
            switch (vote[i]) {
                case YES -> {
                    yes++;
                    if (ruleWeight >= 0) {
                        yesWeight += population.weight[ruleWeight][i];
                    }
                }
                case NO -> no++;
                case ABSTAIN -> abstain++;
                case ABSENT -> absent++;
                default -> { }
            }
        }
        double totalWeight = ruleWeight >= 0 ? memberWeight[ruleWeight] : 0.0;
        if (rule.adopts(new Tally(memberCount, yes, no, abstain, absent, yesWeight, totalWeight))) {
            succeeded = true;
            successRound = round;
        }
        return new RoundRecord(stage.id(), round, yes, countByKind(support), shareByWeight(support),
                yes, no, abstain, text.clone(), succeeded);
    }

    @Override
    boolean finished() {
        return succeeded || round >= stage.rounds();
    }

    @Override
    void amend() {
        double mu = stage.concession();
        if (mu == 0.0 || count(nonYes) == 0) {
            return;
        }
        double[] target = population.weightedMeanPosition(nonYes, text);
        for (int d = 0; d < text.length; d++) {
            text[d] += mu * (target[d] - text[d]);
        }
    }

    @Override
    StageOutcome outcome() {
        return StageOutcome.vote(stage.id(), rule.type(), succeeded, successRound, round, memberCount - absent,
                yes, no, abstain, new StageOutcome.Supporters(yes, countByKind(support), shareByWeight(support)),
                text.clone(), ambition());
    }

    @Override
    public String decision(int i) {
        return switch (vote[i]) {
            case YES -> "yes";
            case NO -> "no";
            case ABSTAIN -> "abstain";
            case ABSENT -> "absent";
            default -> "none";
        };
    }

    @Override
    public int decisionRound(int i) {
        return vote[i] == NONE || vote[i] == ABSENT ? StageOutcome.NOT_APPLICABLE : round;
    }
}

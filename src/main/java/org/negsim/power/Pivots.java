package org.negsim.power;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.negsim.engine.StageActors;
import org.negsim.engine.StageOutcome;
import org.negsim.model.Actor;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;
import org.negsim.rules.Tally;
import org.negsim.rules.VoteRule;

/**
 * The pivotal actors of an executed stage, from its state at the end:
 * <ul>
 *   <li>vote: the members whose change of vote alone would change the final round's outcome — a yes
 *       voter voting no instead, or a member who voted no or abstained voting yes instead (members
 *       not yet available in the final round could not vote, so they are never pivotal);</li>
 *   <li>open declaration that failed: the fewest holdouts — members that had not joined and were
 *       available by the last round — whose joining would have met every success condition at the
 *       end; among the smallest such sets, the first in the {@link #largestFirstOrder} order;</li>
 *   <li>open declaration that succeeded: the joined actors without any one of whom some condition
 *       would not hold at the end (none when, with withdrawal, the conditions no longer hold then).</li>
 * </ul>
 * Weights are summed as the decimals written in the scenario and compared by the rules' own
 * methods ({@link VoteRule#adopts}, {@link OpenDeclaration#holds}). Pure; thread-safe.
 */
public final class Pivots {

    private Pivots() {
    }

    /**
     * The "largest first" order of holdouts and pivots, on actor indices of {@code actors}: by
     * decreasing capability, then by each weight in the given order (decreasing), and in scenario
     * order among equals when used in a stable sort. Each actor's capability and weights are read
     * once rather than at every comparison (a 100 000-actor sort compares about two million times).
     * Computed for the indices given, which the comparator accepts only.
     */
    public static Comparator<Integer> largestFirstOrder(Collection<Integer> indices, StageActors actors,
                                                        Collection<String> weightNames) {
        List<String> names = List.copyOf(weightNames);
        int w = names.size();
        double[][] keys = new double[actors.size()][];
        for (int i : indices) {
            Actor a = actors.actor(i);
            double[] key = new double[w + 1];
            key[0] = -a.capability();
            for (int k = 0; k < w; k++) {
                key[k + 1] = -a.weight(names.get(k));
            }
            keys[i] = key;
        }
        return (i, j) -> {
            double[] a = keys[i];
            double[] b = keys[j];
            for (int k = 0; k <= w; k++) {
                int c = Double.compare(a[k], b[k]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    /** The pivots of a stage that ran, from its outcome and its actors at the end. */
    public static PivotSet of(Scenario scenario, Stage stage, StageOutcome outcome, StageActors actors) {
        int finalRound = outcome.rounds();
        if (stage.rule() instanceof VoteRule rule) {
            return vote(rule, actors, finalRound, scenario);
        }
        DeclarationConditions d = new DeclarationConditions(stage.success(), actors);
        return outcome.success() ? succeeded(d, actors, scenario) : failed(d, actors, scenario, finalRound);
    }

    private static PivotSet vote(VoteRule rule, StageActors actors, int finalRound, Scenario scenario) {
        int n = actors.size();
        String weightName = rule.weightName();
        int members = 0;
        int yes = 0;
        int no = 0;
        BigDecimal yesWeight = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            if (!actors.member(i)) {
                continue;
            }
            members++;
            BigDecimal w = weight(actors.actor(i), weightName);
            total = total.add(w);
            switch (actors.decision(i)) {
                case "yes" -> {
                    yes++;
                    yesWeight = yesWeight.add(w);
                }
                case "no" -> no++;
                default -> { }
            }
        }
        double totalWeight = weightName == null ? 0.0 : total.doubleValue();
        boolean adopted = rule.adopts(tally(members, yes, no, yesWeight, totalWeight, weightName));
        boolean[] pivotal = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!actors.member(i)) {
                continue;
            }
            String d = actors.decision(i);
            BigDecimal w = weight(actors.actor(i), weightName);
            Tally changed;
            if (d.equals("yes")) {
                changed = tally(members, yes - 1, no + 1, yesWeight.subtract(w), totalWeight, weightName);
            } else if (actors.actor(i).availableFrom() > finalRound) {
                continue;
            } else {
                changed = tally(members, yes + 1, d.equals("no") ? no - 1 : no, yesWeight.add(w), totalWeight,
                        weightName);
            }
            pivotal[i] = rule.adopts(changed) != adopted;
        }
        return PivotSet.of(PivotSet.Kind.VOTE, pivotal, order(pivotal, actors, scenario), PivotSet.Note.NONE);
    }

    private static Tally tally(int members, int yes, int no, BigDecimal yesWeight, double total, String weightName) {
        return new Tally(members, yes, no, members - yes - no, weightName == null ? 0.0 : yesWeight.doubleValue(),
                total);
    }

    /** The actor's weight as the decimal written, 0 for head counts. */
    static BigDecimal weight(Actor a, String weightName) {
        return weightName == null ? BigDecimal.ZERO : BigDecimal.valueOf(a.weight(weightName));
    }

    /** The flagged actors' indices, largest first. */
    static List<Integer> order(boolean[] flags, StageActors actors, Scenario scenario) {
        List<Integer> flagged = IntStream.range(0, flags.length).filter(i -> flags[i]).boxed().toList();
        return flagged.stream().sorted(largestFirstOrder(flagged, actors, scenario.weightNames())).toList();
    }

    private static PivotSet succeeded(DeclarationConditions d, StageActors actors, Scenario scenario) {
        boolean[] pivotal = new boolean[actors.size()];
        if (!d.allHold()) {
            return PivotSet.of(PivotSet.Kind.SUCCEEDED_DECLARATION, pivotal, List.of(), PivotSet.Note.NO_LONGER_HOLDS);
        }
        for (int i = 0; i < actors.size(); i++) {
            if (!d.joined(i)) {
                continue;
            }
            for (int k = 0; k < d.conditions() && !pivotal[i]; k++) {
                pivotal[i] = d.matches(k, i) && !d.holds(k, d.joinedCount(k) - 1, d.joinedWeight(k).subtract(d.weight(k, i)));
            }
        }
        return PivotSet.of(PivotSet.Kind.SUCCEEDED_DECLARATION, pivotal, order(pivotal, actors, scenario),
                PivotSet.Note.NONE);
    }

    private static PivotSet failed(DeclarationConditions d, StageActors actors, Scenario scenario, int finalRound) {
        List<Integer> holdouts = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            if (actors.member(i) && !d.joined(i) && actors.actor(i).availableFrom() <= finalRound) {
                holdouts.add(i);
            }
        }
        holdouts.sort(largestFirstOrder(holdouts, actors, scenario.weightNames()));
        HoldoutSearch search = new HoldoutSearch(d, holdouts);
        List<Integer> chosen = search.fewest();
        boolean[] pivotal = new boolean[actors.size()];
        if (chosen == null) {
            return PivotSet.of(PivotSet.Kind.FAILED_DECLARATION, pivotal, List.of(), PivotSet.Note.UNREACHABLE);
        }
        chosen.forEach(i -> pivotal[i] = true);
        return PivotSet.of(PivotSet.Kind.FAILED_DECLARATION, pivotal, chosen,
                search.proven() ? PivotSet.Note.NONE : PivotSet.Note.NOT_PROVEN_FEWEST);
    }
}

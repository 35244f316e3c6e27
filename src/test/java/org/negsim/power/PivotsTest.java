package org.negsim.power;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.negsim.engine.StageActors;
import org.negsim.engine.StageOutcome;
import org.negsim.model.Actor;
import org.negsim.model.Behavior;
import org.negsim.model.Issue;
import org.negsim.model.Scenario;
import org.negsim.model.Selector;
import org.negsim.model.Stage;
import org.negsim.model.SuccessCondition;
import org.negsim.model.TextSpec;
import org.negsim.model.When;
import org.negsim.rules.Consensus;
import org.negsim.rules.DecisionRule;
import org.negsim.rules.OpenDeclaration;
import org.negsim.rules.QualifiedMajority;
import org.negsim.rules.WeightedMajority;

/** Pivotal actors of votes and declarations, against hand-worked cases. */
class PivotsTest {

    /** An actor with a capability, an emissions weight and a first available round. */
    private static Actor actor(String id, double capability, double emissions, int availableFrom) {
        return new Actor(id, id, "state", List.of(), null, new double[] {0.5}, new double[] {1.0}, capability,
                Map.of("emissions", emissions), 0, 0, 0, 0, availableFrom);
    }

    private static Scenario scenario(List<Actor> actors, DecisionRule rule, List<SuccessCondition> success) {
        Stage s = new Stage("s", null, rule, Selector.ALL, new TextSpec(TextSpec.Mode.OBJECT, new double[] {0.5}, null),
                5, 0, List.of(), success, 0, false, When.ALWAYS);
        return new Scenario("t", "", List.of(), List.of(new Issue("x", "", 0)), actors, List.of(), Behavior.defaults(),
                List.of(s), 1);
    }

    private static List<String> pivots(Scenario sc, boolean success, String... decisions) {
        StageActors actors = new Fixed(sc.actors(), List.of(decisions));
        StageOutcome o = new StageOutcome("s", sc.stages().get(0).rule().type(), true, success, success ? 5 : -1, -1, 5,
                decisions.length, 0, 0, 0, 0, null, null, null, 0);
        PivotSet p = Pivots.of(sc, sc.stages().get(0), o, actors);
        List<String> ids = new ArrayList<>();
        for (int i : p.ordered()) {
            ids.add(sc.actors().get(i).id());
        }
        for (int i = 0; i < decisions.length; i++) {
            assertEquals(ids.contains(sc.actors().get(i).id()), p.isPivotal(i));
        }
        return ids;
    }

    private static List<Actor> five() {
        return List.of(actor("A", 5, 40, 1), actor("B", 4, 10, 1), actor("C", 3, 30, 1), actor("D", 2, 15, 1),
                actor("E", 1, 5, 1));
    }

    @Test
    void aSingleObjectionUnderConsensusIsPivotalAndNobodyElse() {
        Scenario sc = scenario(five(), new Consensus(), List.of());
        assertEquals(List.of("C"), pivots(sc, false, "yes", "abstain", "no", "yes", "yes"));
    }

    @Test
    void underConsensusWithoutObjectionEveryoneCouldObject() {
        Scenario sc = scenario(five(), new Consensus(), List.of());
        // any one voting no instead would block; abstainers voting yes change nothing, voting no is not the switch
        assertEquals(List.of("A", "C"), pivots(sc, true, "yes", "abstain", "yes", "abstain", "abstain"));
    }

    @Test
    void weightedVoteNamesTheMembersWhoseSwitchCrossesTheQuota() {
        // emissions 40, 10, 30, 15, 5 of 100, quota 0.7: yes A, C = 70 adopts exactly at the quota
        Scenario sc = scenario(five(), new WeightedMajority("emissions", 0.7), List.of());
        assertEquals(List.of("A", "C"), pivots(sc, true, "yes", "no", "yes", "no", "abstain"));
        // yes A, B, D = 65: C (30) or E (5) voting yes would carry it; B and D voting no would not matter
        assertEquals(List.of("C", "E"), pivots(sc, false, "yes", "yes", "no", "yes", "no"));
    }

    @Test
    void aMemberNotYetAvailableCouldNotVoteAndIsNeverPivotal() {
        List<Actor> actors = new ArrayList<>(five());
        actors.set(2, actor("C", 3, 30, 9));
        Scenario sc = scenario(actors, new WeightedMajority("emissions", 0.7), List.of());
        assertEquals(List.of("E"), pivots(sc, false, "yes", "yes", "abstain", "yes", "no"));
    }

    @Test
    void qualifiedMajorityCountsTheBlockingMinority() {
        // 5 members, weightQuota 1: 4 yes adopt whatever their weight since one non-yes cannot block (2 needed)
        Scenario sc = scenario(five(), new QualifiedMajority(0, 0, "emissions", 1.0, 2), List.of());
        assertEquals(List.of("A", "B", "C", "D"), pivots(sc, true, "yes", "yes", "yes", "yes", "no"));
    }

    private static SuccessCondition count(int n) {
        return new SuccessCondition(Selector.ALL, SuccessCondition.Measure.MIN_COUNT, n, null);
    }

    private static SuccessCondition share(double f) {
        return new SuccessCondition(Selector.ALL, SuccessCondition.Measure.MIN_SHARE, f, "emissions");
    }

    @Test
    void failedDeclarationNeedsTheFewestHoldoutsLargestFirst() {
        // joined: E (5). Need 3 actors: any two holdouts; largest first by capability: A, B
        Scenario sc = scenario(five(), new OpenDeclaration(), List.of(count(3)));
        assertEquals(List.of("A", "B"), pivots(sc, false, "none", "none", "none", "none", "joined"));
    }

    @Test
    void failedDeclarationWithAWeightConditionTakesTheFewestNotTheFirst() {
        // joined: B (10). Need 70 of 100 emissions: no single holdout is enough (A gives 50); the first pair in
        // capability order A, C, D, E that is enough is A + C (80)
        Scenario sc = scenario(five(), new OpenDeclaration(), List.of(share(0.7)));
        assertEquals(List.of("A", "C"), pivots(sc, false, "none", "joined", "none", "none", "none"));
    }

    @Test
    void failedDeclarationWithTwoConditionsMeetsBoth() {
        // 4 actors and 90 % of emissions: with B joined (10) we need 80 more from 3 others: A, C, D = 85
        Scenario sc = scenario(five(), new OpenDeclaration(), List.of(count(4), share(0.9)));
        assertEquals(List.of("A", "C", "D"), pivots(sc, false, "none", "joined", "none", "none", "none"));
    }

    @Test
    void failedDeclarationThatNoHoldoutsCouldRescueHasNoPivots() {
        List<Actor> actors = new ArrayList<>(five());
        actors.set(0, actor("A", 5, 40, 9));
        Scenario sc = scenario(actors, new OpenDeclaration(), List.of(share(0.9)));
        assertEquals(List.of(), pivots(sc, false, "none", "none", "none", "none", "none"));
    }

    @Test
    void succeededDeclarationNamesTheJoinedActorsItCannotLose() {
        // 3 joined of a minCount 3: each is needed
        Scenario sc = scenario(five(), new OpenDeclaration(), List.of(count(3)));
        assertEquals(List.of("A", "C", "E"), pivots(sc, true, "joined", "none", "joined", "none", "joined"));
        // 60 % of emissions with A, C, E joined (75): only A (40) and C (30) are needed
        Scenario weighted = scenario(five(), new OpenDeclaration(), List.of(share(0.6)));
        assertEquals(List.of("A", "C"), pivots(weighted, true, "joined", "none", "joined", "none", "joined"));
    }

    @Test
    void selectorsRestrictWhatEachConditionCounts() {
        SuccessCondition onlyAB = new SuccessCondition(Selector.ofIds(Set.of("A", "B")),
                SuccessCondition.Measure.MIN_COUNT, 1, null);
        Scenario sc = scenario(five(), new OpenDeclaration(), List.of(count(2), onlyAB));
        // two joined, one of them B: B is needed for the second condition, either for the first
        assertEquals(List.of("B", "E"), pivots(sc, true, "none", "joined", "none", "none", "joined"));
    }

    /** Random small declarations: the search's set is as small as a brute force over all subsets finds. */
    @Test
    void theFewestHoldoutsAreAsFewAsABruteForceFinds() {
        ec.util.MersenneTwisterFast r = new ec.util.MersenneTwisterFast(11);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + r.nextInt(8);
            List<Actor> actors = new ArrayList<>();
            String[] decisions = new String[n];
            for (int i = 0; i < n; i++) {
                actors.add(actor("X" + i, r.nextInt(4), r.nextInt(50), 1));
                decisions[i] = r.nextInt(4) == 0 ? "joined" : "none";
            }
            List<SuccessCondition> conds = new ArrayList<>();
            conds.add(count(1 + r.nextInt(n)));
            if (r.nextBoolean()) {
                conds.add(share(r.nextInt(101) / 100.0));
            }
            Scenario sc = scenario(actors, new OpenDeclaration(), conds);
            Fixed end = new Fixed(actors, List.of(decisions));
            DeclarationConditions d = new DeclarationConditions(conds, end);
            if (d.allHold()) {
                continue;
            }
            List<Integer> holdouts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (decisions[i].equals("none")) {
                    holdouts.add(i);
                }
            }
            int best = Integer.MAX_VALUE;
            for (int mask = 0; mask < 1 << holdouts.size(); mask++) {
                String[] with = decisions.clone();
                for (int b = 0; b < holdouts.size(); b++) {
                    if ((mask >> b & 1) == 1) {
                        with[holdouts.get(b)] = "joined";
                    }
                }
                if (new DeclarationConditions(conds, new Fixed(actors, List.of(with))).allHold()) {
                    best = Math.min(best, Integer.bitCount(mask));
                }
            }
            List<String> found = pivots(sc, false, decisions);
            assertEquals(best == Integer.MAX_VALUE ? 0 : best, found.size(), conds + " " + List.of(decisions));
            if (!found.isEmpty()) {
                String[] with = decisions.clone();
                found.forEach(id -> with[Integer.parseInt(id.substring(1))] = "joined");
                assertEquals(true, new DeclarationConditions(conds, new Fixed(actors, List.of(with))).allHold());
            }
        }
    }

    @Test
    void aSearchCutShortStillNamesASetThatMeetsTheConditions() {
        List<Actor> actors = five();
        Fixed end = new Fixed(actors, List.of("none", "joined", "none", "none", "none"));
        DeclarationConditions d = new DeclarationConditions(List.of(count(4), share(0.9)), end);
        HoldoutSearch search = new HoldoutSearch(d, List.of(0, 2, 3, 4), 2);
        List<Integer> set = search.fewest();
        assertEquals(false, search.proven());
        String[] with = {"none", "joined", "none", "none", "none"};
        set.forEach(i -> with[i] = "joined");
        assertEquals(true, new DeclarationConditions(List.of(count(4), share(0.9)), new Fixed(actors, List.of(with)))
                .allHold());
        assertEquals(List.of(0, 2, 3), set);
    }

    /** The end state of a stage: every actor a member, decisions as given. */
    private record Fixed(List<Actor> actors, List<String> decisions) implements StageActors {
        @Override
        public int size() {
            return actors.size();
        }

        @Override
        public Actor actor(int i) {
            return actors.get(i);
        }

        @Override
        public boolean member(int i) {
            return true;
        }

        @Override
        public String decision(int i) {
            return decisions.get(i);
        }

        @Override
        public int decisionRound(int i) {
            return 5;
        }

        @Override
        public double gain(int i) {
            return 0;
        }

        @Override
        public double position(int i, int d) {
            return 0.5;
        }
    }

    @Test
    void theIndexOrderIsTheActorOrderWithTheKeysReadOnce() {
        // capabilities and weights drawn from few values, so that ties, -0.0 and both weights decide
        ec.util.MersenneTwisterFast random = new ec.util.MersenneTwisterFast(11);
        double[] values = {0.0, -0.0, 1, 2, 2, 3.5};
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            actors.add(new Actor("a" + i, "a" + i, "state", List.of(), null, new double[] {0.5}, new double[] {1.0},
                    values[random.nextInt(values.length)], i % 7 == 0 ? Map.of("gdp", values[random.nextInt(6)])
                    : Map.of("emissions", values[random.nextInt(6)], "gdp", values[random.nextInt(6)]),
                    0, 0, 0, 0, 1));
        }
        StageActors stage = new Fixed(actors, java.util.Collections.nCopies(actors.size(), "no"));
        List<String> names = List.of("emissions", "gdp");
        List<Integer> some = new ArrayList<>();
        for (int i = 0; i < actors.size(); i += 1 + random.nextInt(3)) {
            some.add(i);
        }
        // the order as documented, comparing actors by their fields (the run summary's order before it was indexed)
        java.util.Comparator<Actor> byActor = java.util.Comparator.comparingDouble((Actor a) -> -a.capability())
                .thenComparingDouble(a -> -a.weight("emissions")).thenComparingDouble(a -> -a.weight("gdp"));
        java.util.Comparator<Integer> byIndex = Pivots.largestFirstOrder(some, stage, names);
        List<Integer> expected = some.stream().sorted(java.util.Comparator.comparing(actors::get, byActor)).toList();
        assertEquals(expected, some.stream().sorted(byIndex).toList());
        for (int i : some) {
            for (int j : some) {
                assertEquals(Integer.signum(byActor.compare(actors.get(i), actors.get(j))),
                        Integer.signum(byIndex.compare(i, j)), i + " vs " + j);
            }
        }
    }

    /** What {@code DeclarationConditions.weightValue} relies on: a weight's decimal converts back to it exactly. */
    @Test
    void aWeightsDecimalIsTheWeightAgainAsADouble() {
        ec.util.MersenneTwisterFast random = new ec.util.MersenneTwisterFast(7);
        for (int i = 0; i < 200_000; i++) {
            double x = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
                case 2 -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
                default -> random.nextInt(1000) / 100.0;
            };
            assertEquals(x, java.math.BigDecimal.valueOf(x).doubleValue(), 0.0, Double.toString(x));
        }
        assertEquals(Double.MIN_VALUE, java.math.BigDecimal.valueOf(Double.MIN_VALUE).doubleValue(), 0.0);
        assertEquals(Double.MAX_VALUE, java.math.BigDecimal.valueOf(Double.MAX_VALUE).doubleValue(), 0.0);
    }
}

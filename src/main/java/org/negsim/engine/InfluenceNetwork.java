package org.negsim.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.negsim.model.Actor;
import org.negsim.model.Scenario;
import org.negsim.model.Tie;

/**
 * Who influences whom, with weights: the explicit ties and the {@code homeTieWeight} ties as a
 * compressed incoming-adjacency list, and the {@code groupTieWeight} ties <em>implicitly</em>.
 * A group of m actors stands for m(m−1) directed ties of weight g; their contribution to actor i is
 * g·(S_G − s_i) where S_G is the group's sum (of support or of positions), so memory and time stay
 * linear in actors however large a group is. Pairs sharing several groups get g per shared group,
 * as docs/model.md states ("all ties between the same ordered pair add up").
 * Not thread-safe: one instance per run.
 */
final class InfluenceNetwork {

    /** Issues summed per pass over an actor's explicit ties ({@link #sumTies}). */
    private static final int BLOCK = 5;

    private final int size;
    /** Incoming explicit ties of actor i: indexes {@code inStart[i] … inStart[i+1]-1}. */
    private final int[] inStart;
    private final int[] inFrom;
    private final double[] inWeight;
    /** Groups of actor i: {@code groupOf[groupStart[i] … groupStart[i+1]-1]}. */
    private final int[] groupStart;
    private final int[] groupOf;
    private final int[] groupSize;
    private final double groupWeight;
    /** Σ_j w_ji over all incoming ties of actor i (explicit, home and group). */
    private final double[] incomingWeight;
    /** Scratch buffers reused every round, so a round allocates nothing. */
    private double[] groupSupport;
    /** Per group and issue, the sum of the members' positions in {@link #sumsOf}. */
    private double[] groupSum;
    private double[] nextGroupSum;
    /** The position array whose group sums {@link #groupSum} holds (the last step's result). */
    private double[] sumsOf;
    /** The support array {@link #groupSupport} was counted from, and its values then. */
    private boolean[] countedArray;
    private boolean[] counted;
    private double[] nextPosition;
    /** Scratch of {@link #sumTies}: one block's sums. */
    private final double[] tieSum = new double[BLOCK];

    /**
     * A network for a new run from a prepared one: shares the (immutable) tie structure and gets
     * its own scratch buffers. The template is not modified.
     */
    InfluenceNetwork(InfluenceNetwork template) {
        this.size = template.size;
        this.inStart = template.inStart;
        this.inFrom = template.inFrom;
        this.inWeight = template.inWeight;
        this.groupStart = template.groupStart;
        this.groupOf = template.groupOf;
        this.groupSize = template.groupSize;
        this.groupWeight = template.groupWeight;
        this.incomingWeight = template.incomingWeight;
    }

    InfluenceNetwork(Scenario scenario) {
        List<Actor> actors = scenario.actors();
        this.size = actors.size();
        Map<String, Integer> index = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            index.put(actors.get(i).id(), i);
        }
        double homeWeight = scenario.behavior().homeTieWeight();
        int[] count = new int[size + 1];
        List<Tie> ties = scenario.ties();
        int[] tieTo = new int[ties.size()];
        int t = 0;
        for (Tie tie : ties) {
            int to = index.get(tie.to());
            tieTo[t++] = to;
            count[to]++;
        }
        if (homeWeight > 0) {
            for (Actor a : actors) {
                if (a.home() != null) {
                    count[index.get(a.home())]++;
                }
            }
        }
        inStart = new int[size + 1];
        for (int i = 0; i < size; i++) {
            inStart[i + 1] = inStart[i] + count[i];
        }
        inFrom = new int[inStart[size]];
        inWeight = new double[inStart[size]];
        int[] fill = new int[size];
        // Explicit ties first, then home ties, each in scenario order: a fixed summation order.
        t = 0;
        for (Tie tie : ties) {
            int to = tieTo[t++];
            int k = inStart[to] + fill[to]++;
            inFrom[k] = index.get(tie.from());
            inWeight[k] = tie.weight();
        }
        if (homeWeight > 0) {
            for (int i = 0; i < size; i++) {
                String home = actors.get(i).home();
                if (home != null) {
                    int to = index.get(home);
                    int k = inStart[to] + fill[to]++;
                    inFrom[k] = i;
                    inWeight[k] = homeWeight;
                }
            }
        }

        this.groupWeight = scenario.behavior().groupTieWeight();
        Map<String, Integer> groupIndex = new HashMap<>();
        groupStart = new int[size + 1];
        int memberships = 0;
        if (groupWeight > 0) {
            for (Actor a : actors) {
                memberships += a.groups().size();
            }
        }
        groupOf = new int[memberships];
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (groupWeight > 0) {
                for (String g : actors.get(i).groups()) {
                    Integer gi = groupIndex.get(g);
                    if (gi == null) {
                        gi = groupIndex.size();
                        groupIndex.put(g, gi);
                    }
                    groupOf[k++] = gi;
                }
            }
            groupStart[i + 1] = k;
        }
        groupSize = new int[groupIndex.size()];
        for (int g : groupOf) {
            groupSize[g]++;
        }

        incomingWeight = new double[size];
        for (int i = 0; i < size; i++) {
            double w = 0.0;
            for (int e = inStart[i]; e < inStart[i + 1]; e++) {
                w += inWeight[e];
            }
            for (int e = groupStart[i]; e < groupStart[i + 1]; e++) {
                w += groupWeight * (groupSize[groupOf[e]] - 1);
            }
            incomingWeight[i] = w;
        }
    }

    /**
     * The actors that some actor flagged in {@code from} influences: i is flagged when it has an
     * incoming tie of positive weight (explicit, home or group) from a flagged j ≠ i.
     */
    boolean[] influencedBy(boolean[] from) {
        boolean[] out = new boolean[size];
        int[] flaggedInGroup = new int[groupSize.length];
        for (int i = 0; i < size; i++) {
            if (from[i]) {
                for (int e = groupStart[i]; e < groupStart[i + 1]; e++) {
                    flaggedInGroup[groupOf[e]]++;
                }
            }
        }
        for (int i = 0; i < size; i++) {
            for (int e = inStart[i]; e < inStart[i + 1] && !out[i]; e++) {
                out[i] = from[inFrom[e]] && inFrom[e] != i && inWeight[e] > 0.0;
            }
            if (groupWeight > 0.0) {
                for (int e = groupStart[i]; e < groupStart[i + 1] && !out[i]; e++) {
                    out[i] = flaggedInGroup[groupOf[e]] - (from[i] ? 1 : 0) > 0;
                }
            }
        }
        return out;
    }

    /** Whether actor i has incoming ties of positive total weight. */
    boolean hasIncoming(int i) {
        return incomingWeight[i] > 0.0;
    }

    /**
     * Prepares {@link #peer} for a round: the number of actors supporting the text at the end of the
     * previous round, per group. Call once per round before {@code peer}. The first call on a support
     * array counts every actor; later calls on the same array count only the actors whose support
     * changed since — the counts are whole numbers, so the result is the full count's exactly.
     *
     * @param support a_j: whether actor j supported the text at the end of the previous round
     */
    void prepareSupport(boolean[] support) {
        if (groupSupport == null) {
            groupSupport = new double[groupSize.length];
        }
        if (groupSupport.length == 0) {
            return;
        }
        if (support != countedArray) {
            java.util.Arrays.fill(groupSupport, 0.0);
            for (int i = 0; i < size; i++) {
                if (support[i]) {
                    for (int e = groupStart[i]; e < groupStart[i + 1]; e++) {
                        groupSupport[groupOf[e]] += 1.0;
                    }
                }
            }
            counted = support.clone();
            countedArray = support;
            return;
        }
        boolean[] before = counted;
        for (int i = 0; i < size; i++) {
            boolean now = support[i];
            if (now != before[i]) {
                double change = now ? 1.0 : -1.0;
                for (int e = groupStart[i]; e < groupStart[i + 1]; e++) {
                    groupSupport[groupOf[e]] += change;
                }
                before[i] = now;
            }
        }
    }

    /**
     * Peer support P_i = Σ_j w_ji a_j / Σ_j w_ji over all incoming ties of actor i (0 without any),
     * from the group counts of the last {@link #prepareSupport} on the same {@code support}. Computed
     * on demand, so a round pays only for the actors that decide.
     */
    double peer(int i, boolean[] support) {
        double in = incomingWeight[i];
        if (in <= 0.0) {
            return 0.0;
        }
        double own = support[i] ? 1.0 : 0.0;
        int groupsFrom = groupStart[i];
        if (groupStart[i + 1] - groupsFrom == 1 && inStart[i] == inStart[i + 1]) {
            // the usual shape (one group, no explicit tie): the general loops' operations, in their order
            double sum = 0.0;
            sum += groupWeight * (groupSupport[groupOf[groupsFrom]] - own);
            return sum / in;
        }
        double sum = 0.0;
        for (int e = inStart[i]; e < inStart[i + 1]; e++) {
            if (support[inFrom[e]]) {
                sum += inWeight[e];
            }
        }
        for (int e = groupStart[i]; e < groupStart[i + 1]; e++) {
            sum += groupWeight * (groupSupport[groupOf[e]] - own);
        }
        return sum / in;
    }

    /**
     * One simultaneous Friedkin–Johnsen step for every actor with incoming ties:
     * p_i(t+1) = (1 − λ_i) p_i(0) + λ_i [w_self p_i(t) + Σ_j w_ji p_j(t)] / [w_self + Σ_j w_ji].
     * Actors without incoming ties keep their positions.
     *
     * <p>One pass over the actors: the group sums S_G of p(t+1), which the next step needs, are
     * accumulated as p(t+1) is written (in actor order, as a separate pass would), and carried over
     * when the next call receives the array this call returned. The sums Σ_j w_ji p_jd are formed per
     * issue in the order explicit ties, then groups — the order of the textbook loop.
     *
     * @param position    p(t); not modified
     * @param initial     p(0)
     * @param flexibility λ per actor
     * @param selfWeight  w_self &gt; 0
     * @param issues      number of issues (the stride of the position arrays)
     * @return p(t+1), in a buffer owned by this network that alternates with {@code position}: the
     *         caller keeps the returned array as its positions and hands it back next step
     */
    double[] updatePositions(double[] position, double[] initial, double[] flexibility, double selfWeight,
                             int issues) {
        int sums = groupSize.length * issues;
        if (groupSum == null || groupSum.length != sums) {
            groupSum = new double[sums];
            nextGroupSum = new double[sums];
            sumsOf = null;
        }
        if (nextPosition == null || nextPosition.length != position.length || nextPosition == position) {
            nextPosition = new double[position.length];
        }
        if (position != sumsOf) {
            java.util.Arrays.fill(groupSum, 0.0);
            for (int i = 0; i < size; i++) {
                for (int e = groupStart[i]; e < groupStart[i + 1]; e++) {
                    int g = groupOf[e] * issues;
                    for (int d = 0; d < issues; d++) {
                        groupSum[g + d] += position[i * issues + d];
                    }
                }
            }
        }
        java.util.Arrays.fill(nextGroupSum, 0.0);
        double[] next = nextPosition;
        double[] sum = groupSum;
        double[] nextSum = nextGroupSum;
        double gw = groupWeight;
        for (int i = 0; i < size; i++) {
            int base = i * issues;
            int groupsFrom = groupStart[i];
            int groupsTo = groupStart[i + 1];
            double in = incomingWeight[i];
            if (in <= 0.0) {
                System.arraycopy(position, base, next, base, issues);
            } else if (groupsTo - groupsFrom == 1 && inStart[i] == inStart[i + 1]) {
                // the usual shape (one group, no explicit tie), the same operations in the same order
                // as the general loop below, without its two inner loops per issue
                int g = groupOf[groupsFrom] * issues;
                double lambda = flexibility[i];
                double denominator = selfWeight + in;
                for (int d = 0; d < issues; d++) {
                    double p = position[base + d];
                    double neighbours = 0.0;
                    neighbours += gw * (sum[g + d] - p);
                    double np = (1.0 - lambda) * initial[base + d] + lambda * ((selfWeight * p + neighbours) / denominator);
                    next[base + d] = np;
                    nextSum[g + d] += np;
                }
                continue;
            } else {
                int tiesFrom = inStart[i];
                int tiesTo = inStart[i + 1];
                double lambda = flexibility[i];
                double denominator = selfWeight + in;
                double[] tieSum = this.tieSum;
                for (int d0 = 0; d0 < issues; d0 += BLOCK) {
                    int width = Math.min(BLOCK, issues - d0);
                    sumTies(position, issues, tiesFrom, tiesTo, d0, width, tieSum);
                    for (int d = d0; d < d0 + width; d++) {
                        double p = position[base + d];
                        double neighbours = tieSum[d - d0];
                        for (int e = groupsFrom; e < groupsTo; e++) {
                            neighbours += gw * (sum[groupOf[e] * issues + d] - p);
                        }
                        double social = (selfWeight * p + neighbours) / denominator;
                        next[base + d] = (1.0 - lambda) * initial[base + d] + lambda * social;
                    }
                }
            }
            for (int e = groupsFrom; e < groupsTo; e++) {
                int g = groupOf[e] * issues;
                for (int d = 0; d < issues; d++) {
                    nextSum[g + d] += next[base + d];
                }
            }
        }
        groupSum = nextSum;
        nextGroupSum = sum;
        nextPosition = position;
        sumsOf = next;
        return next;
    }

    /**
     * Σ_e w_e p_{j(e),d} over the explicit incoming ties {@code from … to−1} for the issues
     * d = d0 … d0+width−1 (width ≤ {@link #BLOCK}), into {@code out[0 … width−1]}. The ties are the
     * outer loop, so each tie's source row is read once for the whole block (one cache line, not one
     * per issue), and each issue's sum is a local accumulator that runs over the ties in their order
     * from 0.0 — the sums of the textbook loop (issue outer, ties inner) to the last bit.
     */
    private void sumTies(double[] position, int issues, int from, int to, int d0, int width, double[] out) {
        int[] src = inFrom;
        double[] w = inWeight;
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        double s4 = 0.0;
        switch (width) {
            case 5 -> {
                for (int e = from; e < to; e++) {
                    int j = src[e] * issues + d0;
                    double we = w[e];
                    s0 += we * position[j];
                    s1 += we * position[j + 1];
                    s2 += we * position[j + 2];
                    s3 += we * position[j + 3];
                    s4 += we * position[j + 4];
                }
            }
            case 4 -> {
                for (int e = from; e < to; e++) {
                    int j = src[e] * issues + d0;
                    double we = w[e];
                    s0 += we * position[j];
                    s1 += we * position[j + 1];
                    s2 += we * position[j + 2];
                    s3 += we * position[j + 3];
                }
            }
            case 3 -> {
                for (int e = from; e < to; e++) {
                    int j = src[e] * issues + d0;
                    double we = w[e];
                    s0 += we * position[j];
                    s1 += we * position[j + 1];
                    s2 += we * position[j + 2];
                }
            }
            case 2 -> {
                for (int e = from; e < to; e++) {
                    int j = src[e] * issues + d0;
                    double we = w[e];
                    s0 += we * position[j];
                    s1 += we * position[j + 1];
                }
            }
            default -> {
                for (int e = from; e < to; e++) {
                    s0 += w[e] * position[src[e] * issues + d0];
                }
            }
        }
        out[0] = s0;
        out[1] = s1;
        out[2] = s2;
        out[3] = s3;
        out[4] = s4;
    }
}

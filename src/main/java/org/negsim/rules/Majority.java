package org.negsim.rules;

/**
 * A majority of those present and voting (yes + no) or of the members. Never adopts without at
 * least one yes.
 * <ul>
 *   <li>{@code "simple"}: yes &gt; no; with base members 2·yes &gt; |M|</li>
 *   <li>{@code "two-thirds"}: 3·yes ≥ 2·(yes+no); with base members 3·yes ≥ 2·|M|</li>
 *   <li>a number q in (0, 1]: yes ≥ q·(yes+no); with base members yes ≥ q·|M| (exact decimal arithmetic)</li>
 * </ul>
 *
 * @param quota   the kind of quota
 * @param q       the numeric quota for {@link Quota#NUMBER}, else 0
 * @param base    the denominator
 */
public record Majority(Quota quota, double q, Base base) implements VoteRule {

    /** The quota forms. */
    public enum Quota { SIMPLE, TWO_THIRDS, NUMBER }

    /** The denominator of the quota. */
    public enum Base {
        /** yes + no (default, as in the UN General Assembly) */
        PRESENT_AND_VOTING,
        /** |M| */
        MEMBERS
    }

    @Override
    public String type() {
        return "majority";
    }

    @Override
    public boolean adopts(Tally t) {
        if (t.yes() < 1) {
            return false;
        }
        long yes = t.yes();
        long denominator = base == Base.MEMBERS ? t.members() : (long) t.yes() + t.no();
        return switch (quota) {
            case SIMPLE -> 2 * yes > denominator;
            case TWO_THIRDS -> 3 * yes >= 2 * denominator;
            case NUMBER -> Thresholds.atLeastFraction(yes, q, denominator);
        };
    }
}

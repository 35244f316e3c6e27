package org.negsim.discover;

/**
 * A candidate peel or paste: the box it leads to, its rows and cases, and its score. The search keeps
 * the first best candidate in the EMA Workbench's order: the highest objective, then the fewest
 * restricted inputs; later candidates replace it only when strictly better.
 */
final class Candidate {

    /** What a numeric candidate removes: a prefix of the sorted box rows, a suffix, or a category. */
    enum Cut { LOWER, UPPER, CATEGORY }

    final Box box;
    final int rows;
    final int cases;
    final double objective;
    final int restricted;
    final int input;
    final Cut cut;
    /** Rows removed from the sorted list (numeric peel) or the category code (categorical peel or paste). */
    final int amount;

    Candidate(Box box, int rows, int cases, double objective, int restricted, int input, Cut cut, int amount) {
        this.box = box;
        this.rows = rows;
        this.cases = cases;
        this.objective = objective;
        this.restricted = restricted;
        this.input = input;
        this.cut = cut;
        this.amount = amount;
    }

    /** Whether this candidate beats {@code best} (null: any candidate does). */
    boolean beats(Candidate best) {
        return best == null || objective > best.objective
                || (objective == best.objective && restricted < best.restricted);
    }
}

package org.negsim.discover;

import java.util.List;

/**
 * For each row of a region, which limits of a box it breaks: {@link #IN} (none), the index of the
 * one input whose limit it breaks, or {@link #SEVERAL}. Pasting and quasi-p-values look at the rows
 * that break exactly one limit. Only the restricted inputs are checked (the others admit every row).
 * Stateless.
 */
final class Violations {

    /** The row is in the box. */
    static final int IN = -1;
    /** The row breaks the limits of two inputs or more. */
    static final int SEVERAL = -2;

    private Violations() {
    }

    /** Per region row (in the order of {@code regionRows}), which limit it breaks. */
    static int[] of(Box box, Box all, List<Input> inputs, int[] regionRows) {
        int d = inputs.size();
        int[] restricted = new int[d];
        int nr = 0;
        for (int j = 0; j < d; j++) {
            if (box.restricts(j, all)) {
                restricted[nr++] = j;
            }
        }
        int[] only = new int[regionRows.length];
        for (int i = 0; i < regionRows.length; i++) {
            int row = regionRows[i];
            int v = IN;
            for (int t = 0; t < nr; t++) {
                int j = restricted[t];
                if (!box.admits(inputs.get(j), j, row)) {
                    if (v != IN) {
                        v = SEVERAL;
                        break;
                    }
                    v = j;
                }
            }
            only[i] = v;
        }
        return only;
    }
}

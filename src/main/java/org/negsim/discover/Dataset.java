package org.negsim.discover;

import java.util.List;

/**
 * The table PRIM works on: the inputs, as column arrays, and per row whether it is a case of
 * interest. Immutable by contract (the arrays are never changed after construction).
 *
 * @param inputs   the input columns, all of {@link #rows()} rows, in the order asked for
 * @param interest per row whether it is a case of interest (kept, not copied)
 * @param outcome  a description of the outcome for people, e.g. {@code success = true} or
 *                 {@code measure_x >= 0.5}
 * @param empty    rows whose outcome cell was empty (counted as not of interest)
 */
public record Dataset(List<Input> inputs, boolean[] interest, String outcome, long empty) {

    /** Checks that every input has one value per row. */
    public Dataset {
        inputs = List.copyOf(inputs);
        for (Input in : inputs) {
            if (in.rows() != interest.length) {
                throw new IllegalArgumentException(in.name() + " has " + in.rows() + " rows, the outcome "
                        + interest.length);
            }
        }
    }

    /** The number of rows. */
    public int rows() {
        return interest.length;
    }

    /** The number of cases of interest. */
    public int cases() {
        int k = 0;
        for (boolean b : interest) {
            if (b) {
                k++;
            }
        }
        return k;
    }
}

package org.negsim.sweep.design;

import com.google.gson.JsonPrimitive;
import java.util.List;

/**
 * A sweep design: a numbered sequence of design points, each one value per parameter. Points are
 * numbered from 0 (docs/scenario.md: run = point × replications + replicate) and computed on
 * demand by {@link #point(long)}, so a design of millions of points takes no memory for them; the
 * same index always gives the same point. Implementations are immutable and thread-safe.
 */
public interface Design {

    /** The design's name as written in a scenario and on the command line: grid, random, lhs or sobol. */
    String type();

    /** The varied parameters, in the order of the values of every point. */
    List<Parameter> parameters();

    /** The number of design points (≥ 1). */
    long size();

    /**
     * Design point {@code i}: one value per parameter, in parameter order (a fresh array).
     *
     * @throws IndexOutOfBoundsException unless 0 ≤ i &lt; {@link #size()}
     */
    JsonPrimitive[] point(long i);
}

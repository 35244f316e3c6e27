package org.negsim.sweep.design;

import com.google.gson.JsonPrimitive;
import java.util.List;

/**
 * The full factorial of the parameters' value lists. The first parameter varies slowest and the
 * last fastest: with values (a1, a2) × (b1, b2, b3) the points are a1b1, a1b2, a1b3, a2b1, …
 * The number of points is the product of the numbers of values (1 for no parameters).
 */
public final class GridDesign implements Design {

    private final List<Parameter> parameters;
    private final int[] counts;
    private final long size;

    /**
     * @throws IllegalArgumentException if a parameter is a continuous range, two parameters share a
     *     path, or the grid has more than {@link Long#MAX_VALUE} points
     */
    public GridDesign(List<Parameter> parameters) {
        this.parameters = DesignSupport.checkParameters(parameters);
        this.counts = new int[this.parameters.size()];
        long n = 1;
        for (int d = 0; d < counts.length; d++) {
            Parameter p = this.parameters.get(d);
            if (p.isRange()) {
                throw new IllegalArgumentException(p.path() + ": a grid design needs values or from:to:step, not the range "
                        + p.spec());
            }
            counts[d] = p.values().size();
            try {
                n = Math.multiplyExact(n, counts[d]);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("the grid has more than " + Long.MAX_VALUE + " points", e);
            }
        }
        this.size = n;
    }

    @Override
    public String type() {
        return "grid";
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public JsonPrimitive[] point(long i) {
        DesignSupport.checkIndex(i, size);
        JsonPrimitive[] point = new JsonPrimitive[counts.length];
        long rest = i;
        for (int d = counts.length - 1; d >= 0; d--) {
            point[d] = parameters.get(d).values().get((int) (rest % counts[d]));
            rest /= counts[d];
        }
        return point;
    }
}

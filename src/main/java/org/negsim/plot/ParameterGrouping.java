package org.negsim.plot;

import java.util.ArrayList;
import org.negsim.inspect.Binning;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the runs of a sweep are grouped by one varied parameter: by value (the levels of a
 * {@code values} list or {@code from:to:step} grid, as they appear in {@code runs.csv}), or, for a
 * continuous {@code min..max} range of a sampled design, into {@link Binning equal-width bins}.
 * Groups are ordered by value when every value is a number, else by first appearance.
 * Immutable.
 *
 * @param path      the parameter path (the column of {@code runs.csv})
 * @param labels    one label per group: the value, or the bin as {@code [a, b)}
 * @param positions one x position per group: the value or the bin's centre when numeric, else
 *                  the group's index
 * @param numeric   whether positions are the parameter's values (else indices of categories)
 * @param binning   the bins of a continuous range, or {@code null} when grouped by value
 */
public record ParameterGrouping(String path, List<String> labels, double[] positions, boolean numeric,
                                Binning binning) {

    /** Copies the labels. */
    public ParameterGrouping {
        labels = List.copyOf(labels);
    }

    /**
     * The grouping of a parameter.
     *
     * @param path  the parameter path
     * @param spec  its spec from the manifest ({@code a,b,c}, {@code from:to:step} or {@code min..max})
     * @param cells the parameter's cell of every row of {@code runs.csv}
     * @param bins  the number of bins for a continuous range
     */
    public static ParameterGrouping of(String path, String spec, List<String> cells, int bins) {
        Binning b = Binning.ofRange(spec, bins);
        if (b != null) {
            List<String> labels = new ArrayList<>();
            double[] positions = new double[bins];
            for (int i = 0; i < bins; i++) {
                labels.add(b.label(i));
                positions[i] = b.centre(i);
            }
            return new ParameterGrouping(path, labels, positions, true, b);
        }
        Set<String> distinct = new LinkedHashSet<>(cells);
        distinct.remove("");
        List<String> values = new ArrayList<>(distinct);
        boolean numeric = !values.isEmpty() && values.stream().allMatch(v -> !Double.isNaN(CsvTable.number(v)));
        if (numeric) {
            values.sort((x, y) -> Double.compare(CsvTable.number(x), CsvTable.number(y)));
        }
        double[] positions = new double[values.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = numeric ? CsvTable.number(values.get(i)) : i;
        }
        return new ParameterGrouping(path, values, positions, numeric, null);
    }

    /** The group of a cell of this parameter's column, or -1 when it is empty or unknown. */
    public int groupOf(String cell) {
        if (binning != null) {
            double x = CsvTable.number(cell);
            return Double.isNaN(x) ? -1 : binning.index(x);
        }
        return labels.indexOf(cell);
    }

    /** The number of groups. */
    public int size() {
        return labels.size();
    }
}

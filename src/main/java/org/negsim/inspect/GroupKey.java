package org.negsim.inspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.negsim.io.MalformedResultsException;
import org.negsim.io.RunsReader;

/**
 * The group of a row of {@code runs.csv}: the cells of the {@code --by} columns, where a column of
 * a sampled parameter (a {@code min..max} range of a random, lhs or sobol design) is replaced, with
 * {@code --bins N}, by its equal-width bin written as an interval ({@code [0.05, 0.1)}, the last bin
 * closed). Immutable.
 */
final class GroupKey {

    private final int[] columns;
    private final Binning[] binnings;

    private GroupKey(int[] columns, Binning[] binnings) {
        this.columns = columns;
        this.binnings = binnings;
    }

    /**
     * The grouping of the {@code by} columns.
     *
     * @param by      the parameter paths, in order
     * @param columns their column indices in runs.csv
     * @param specs   the varied paths' specs from the manifest
     * @param bins    the number of bins of a sampled parameter, or 0 to group by value
     * @throws InspectException if {@code bins > 0} and no {@code by} path is a sampled range
     */
    static GroupKey of(List<String> by, int[] columns, Map<String, String> specs, int bins) throws InspectException {
        Binning[] binnings = new Binning[columns.length];
        boolean any = false;
        for (int i = 0; i < columns.length && bins > 0; i++) {
            binnings[i] = Binning.ofRange(specs.getOrDefault(by.get(i), ""), bins);
            any |= binnings[i] != null;
        }
        if (bins > 0 && !any) {
            throw new InspectException("--bins " + bins + ": none of the --by parameters is sampled from a range "
                    + "(min..max of a random, lhs or sobol design); group them by value without --bins");
        }
        return new GroupKey(columns, binnings);
    }

    /** The group of a row. */
    List<String> of(RunsReader.Row row) throws MalformedResultsException {
        List<String> key = row.cells(columns);
        for (int i = 0; i < binnings.length; i++) {
            if (binnings[i] != null) {
                double x = row.number(columns[i]);
                key.set(i, Double.isNaN(x) ? "" : binnings[i].label(binnings[i].index(x)));
            }
        }
        return key;
    }

    /** Whether some column is binned (groups are then listed in bin order). */
    boolean binned() {
        for (Binning b : binnings) {
            if (b != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Orders keys by the bins of the binned columns (in column order); a stable sort with it keeps
     * the first-appearance order of other columns.
     */
    Comparator<List<String>> order() {
        List<Integer> binned = new ArrayList<>();
        for (int i = 0; i < binnings.length; i++) {
            if (binnings[i] != null) {
                binned.add(i);
            }
        }
        return (a, b) -> {
            for (int i : binned) {
                int c = Integer.compare(binIndex(i, a.get(i)), binIndex(i, b.get(i)));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    private int binIndex(int column, String label) {
        Binning b = binnings[column];
        for (int i = 0; i < b.bins(); i++) {
            if (b.label(i).equals(label)) {
                return i;
            }
        }
        return b.bins();
    }
}

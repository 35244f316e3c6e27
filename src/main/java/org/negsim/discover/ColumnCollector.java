package org.negsim.discover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Gathers the input and outcome columns of a CSV, row by row, into column arrays (never a list of
 * records), and checks every cell.
 *
 * <p><b>Kinds.</b> A column whose cells are all numbers (JSON syntax, finite) is numeric, and
 * {@link Input.Kind#INTEGER} when every cell is an integer literal; a column none of whose cells is
 * a number is categorical; a column that mixes both is an error naming the first cell of the other
 * kind. An empty input cell is an error. Cells are trimmed of spaces first.
 *
 * <p>Not thread-safe.
 */
final class ColumnCollector {

    private final String file;
    private final String[] names;
    private final int[] columns;
    private final int outcomeColumn;
    private final String outcomeName;
    private final Where where;
    private final double[][] numbers;
    private final int[][] codes;
    private final Map<String, Integer>[] labels;
    private final boolean[] integer;
    private final Boolean[] numeric;
    private final long[] firstLine;
    private final String[] firstCell;
    private boolean[] interest = new boolean[1024];
    private int rows;
    private long empty;

    /**
     * @param file    the file's name, for messages
     * @param header  the CSV header
     * @param inputs  the input columns, distinct, none the outcome
     * @param outcome the outcome column
     * @param where   which outcome cells are cases of interest
     * @throws DiscoverException if a column is unknown, given twice, or the outcome is also an input
     */
    @SuppressWarnings("unchecked")
    ColumnCollector(String file, List<String> header, List<String> inputs, String outcome, Where where)
            throws DiscoverException {
        this.file = file;
        this.outcomeColumn = column(header, outcome, "--outcome");
        this.outcomeName = outcome;
        this.where = where;
        if (inputs.isEmpty()) {
            throw new DiscoverException("no inputs: name the input columns with --inputs COL,...; the columns are: "
                    + String.join(", ", header));
        }
        Set<String> seen = new HashSet<>();
        int d = inputs.size();
        this.names = inputs.toArray(new String[0]);
        this.columns = new int[d];
        for (int j = 0; j < d; j++) {
            String name = names[j];
            if (!seen.add(name)) {
                throw new DiscoverException("--inputs: " + name + " is given twice");
            }
            if (name.equals(outcome)) {
                throw new DiscoverException("--inputs: " + name + " is the outcome; an input cannot be the outcome");
            }
            columns[j] = column(header, name, "--inputs");
        }
        numbers = new double[d][];
        codes = new int[d][];
        labels = new Map[d];
        integer = new boolean[d];
        numeric = new Boolean[d];
        firstLine = new long[d];
        firstCell = new String[d];
        Arrays.fill(integer, true);
    }

    private static int column(List<String> header, String name, String option) throws DiscoverException {
        int c = header.indexOf(name);
        if (c < 0) {
            throw new DiscoverException(option + " " + name + ": no such column; the columns are: "
                    + String.join(", ", header));
        }
        return c;
    }

    /**
     * Adds one row.
     *
     * @param cell the row's cells by column index
     * @param line the row's line (the header is line 1)
     */
    void add(IntFunction<String> cell, long line) throws DiscoverException {
        if (rows == interest.length) {
            grow();
        }
        for (int j = 0; j < names.length; j++) {
            String s = cell.apply(columns[j]).strip();
            if (s.isEmpty()) {
                throw new DiscoverException(file + " line " + line + ": input " + names[j] + " has an empty cell");
            }
            Double v = Numbers.parse(s);
            if (numeric[j] == null) {
                numeric[j] = v != null;
                firstLine[j] = line;
                firstCell[j] = s;
                if (v != null) {
                    numbers[j] = new double[interest.length];
                } else {
                    codes[j] = new int[interest.length];
                    labels[j] = new HashMap<>();
                }
            }
            if (numeric[j]) {
                if (v == null) {
                    throw new DiscoverException(file + " line " + line + ": input " + names[j] + " is not a number: \""
                            + s + "\" (line " + firstLine[j] + " holds the number " + firstCell[j]
                            + "; a column holds numbers only or labels only)");
                }
                numbers[j][rows] = v;
                integer[j] &= Numbers.isIntegerLiteral(s);
            } else {
                if (v != null) {
                    throw new DiscoverException(file + " line " + line + ": input " + names[j] + " holds the number "
                            + s + " among labels (line " + firstLine[j] + " holds \"" + firstCell[j]
                            + "\"; a column holds numbers only or labels only)");
                }
                Map<String, Integer> m = labels[j];
                Integer code = m.get(s);
                if (code == null) {
                    code = m.size();
                    m.put(s, code);
                }
                codes[j][rows] = code;
            }
        }
        String o = cell.apply(outcomeColumn).strip();
        boolean hit = false;
        if (o.isEmpty()) {
            empty++;
        } else {
            Boolean b = where.test(o);
            if (b == null) {
                throw new DiscoverException(file + " line " + line + ": outcome " + outcomeName + " is \"" + o
                        + "\", not " + where.expected() + (where == Where.IS_TRUE
                        ? "; say which rows are of interest with --where (e.g. --where '>=0.5')" : ""));
            }
            hit = b;
        }
        interest[rows++] = hit;
    }

    private void grow() {
        int size = Math.max(1024, (int) Math.min(Integer.MAX_VALUE - 8, interest.length * 3L / 2));
        if (size == interest.length) {
            throw new IllegalStateException("more rows than an array can hold");
        }
        interest = Arrays.copyOf(interest, size);
        for (int j = 0; j < names.length; j++) {
            if (numbers[j] != null) {
                numbers[j] = Arrays.copyOf(numbers[j], size);
            }
            if (codes[j] != null) {
                codes[j] = Arrays.copyOf(codes[j], size);
            }
        }
    }

    /** The rows added so far. */
    int rows() {
        return rows;
    }

    /** The table, its arrays trimmed to the rows added. */
    Dataset finish() {
        List<Input> inputs = new ArrayList<>(names.length);
        for (int j = 0; j < names.length; j++) {
            if (numeric[j] == null || numeric[j]) {
                double[] v = numbers[j] == null ? new double[0] : Arrays.copyOf(numbers[j], rows);
                inputs.add(Input.numeric(names[j], integer[j], v));
            } else {
                List<String> sorted = new ArrayList<>(labels[j].keySet());
                sorted.sort(null);
                int[] recode = new int[sorted.size()];
                for (int c = 0; c < sorted.size(); c++) {
                    recode[labels[j].get(sorted.get(c))] = c;
                }
                int[] cs = new int[rows];
                for (int r = 0; r < rows; r++) {
                    cs[r] = recode[codes[j][r]];
                }
                inputs.add(Input.categorical(names[j], cs, sorted));
            }
        }
        String outcome = where == Where.IS_TRUE ? outcomeName + " = true" : outcomeName + " " + where;
        return new Dataset(inputs, Arrays.copyOf(interest, rows), outcome, empty);
    }
}

package org.negsim.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.negsim.stats.SobolIndices;
import org.negsim.stats.WilsonInterval;

/**
 * The readable tables of {@code negsim inspect}: aligned columns, rates as percentages with one
 * decimal, means with their standard errors in parentheses, numbers with a {@code .} decimal point
 * whatever the locale, plain ASCII. A value that is not defined prints as {@code -}.
 *
 * <p>Means are given to the precision of their standard error: the error with two significant
 * digits (at most 6 decimals) and the mean with as many decimals; without an error (one value, or
 * all values equal) 1 decimal from 100 on, 2 from 1 on, else 3. A column of means has one number
 * of decimals: the most any of its groups needs.
 *
 * <p>Stateless.
 */
public final class TextReport {

    private static final String NONE = "-";

    private TextReport() {
    }

    /**
     * The heading, the table of groups and a note on what the columns mean; followed by the Sobol'
     * table when {@code sobol} is not null.
     */
    public static String render(Inspection inspection, SobolAnalysis sobol) {
        StringBuilder out = new StringBuilder();
        out.append(heading(inspection)).append("\n\n");
        out.append(groups(inspection));
        out.append("success: the stage ran and met its success conditions (95 % Wilson interval); ran: it ran.\n")
                .append("Means (standard errors): success_round over the successful runs, joined and ambition\n")
                .append("over the runs in which the stage ran")
                .append(inspection.hasVotes() ? "; yes, no, abstain: the votes of the stage's last round.\n" : ".\n");
        if (sobol != null) {
            out.append('\n').append(sobol(sobol));
        }
        return out.toString();
    }

    /**
     * {@link #render(Inspection, SobolAnalysis)}, then per measure its table and, for a sobol
     * design, its Sobol' indices ({@code measureSobol} in the order of the measures, or null).
     */
    public static String render(Inspection inspection, SobolAnalysis sobol, List<SobolAnalysis> measureSobol) {
        StringBuilder out = new StringBuilder(render(inspection, sobol));
        for (int m = 0; m < inspection.measures().size(); m++) {
            Inspection.MeasureResult r = inspection.measures().get(m);
            out.append('\n').append(measure(inspection, r));
            if (measureSobol != null) {
                out.append('\n').append(sobol(measureSobol.get(m), "measure " + r.id()));
            }
        }
        return out.toString();
    }

    /** The table of one measure: per group n, the mean and its 95 % interval. */
    static String measure(Inspection inspection, Inspection.MeasureResult r) {
        List<String> header = new ArrayList<>(inspection.by());
        header.addAll(List.of("n", "mean", "95 % interval"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        int decimals = 0;
        for (MeasureSummary s : r.perGroup()) {
            decimals = Math.max(decimals, decimalsFor(s));
        }
        for (int g = 0; g < inspection.groups().size(); g++) {
            MeasureSummary s = r.perGroup().get(g);
            List<String> row = new ArrayList<>(inspection.groups().get(g).values());
            row.add(Long.toString(s.n()));
            if (r.binary()) {
                row.add(percent(s.mean()));
                row.add(interval(s.low(), s.high()));
            } else {
                row.add(Double.isNaN(s.mean()) ? NONE : fixed(s.mean(), decimals));
                row.add(Double.isNaN(s.low()) ? NONE : fixed(s.low(), decimals) + " - " + fixed(s.high(), decimals));
            }
            rows.add(row);
        }
        String head = r.binary()
                ? "measure " + r.id() + ": share of runs in which it is 1 (each value is 0 or 1), 95 % Wilson interval,"
                : "measure " + r.id() + ": mean, 95 % interval mean +- t * standard error,";
        return head + " n runs with a value:\n" + align(rows, inspection.by().size());
    }

    /** Decimals that show a mean to the precision of its interval (two significant digits of the half-width). */
    private static int decimalsFor(MeasureSummary s) {
        if (Double.isNaN(s.mean())) {
            return 0;
        }
        double half = (s.high() - s.low()) / 2;
        if (Double.isNaN(half) || half <= 0) {
            return plainDecimals(s.mean());
        }
        return Math.max(0, Math.min(6, 1 - (int) Math.floor(Math.log10(half))));
    }

    /** E.g. {@code paris-call-2018: sobol design, 640 runs; stage paris-call (open-declaration)}. */
    static String heading(Inspection inspection) {
        ResultsManifest m = inspection.manifest();
        String what = "run".equals(m.designType()) ? "" : m.designType() + " design, ";
        String shard = m.isShard() ? " (shard " + m.shardIndex() + "/" + m.shardCount() + ")" : "";
        String name = m.scenarioName().isEmpty() ? "" : m.scenarioName() + ": ";
        StringBuilder h = new StringBuilder(name + what + count(inspection.runs(), "run") + shard + "; stage "
                + inspection.stage() + " (" + inspection.rule() + ")");
        for (List<String> used : inspection.used()) {
            h.append("\n  the runs used ").append(used.get(0)).append(" = ").append(used.get(1));
        }
        return h.toString();
    }

    /** The aligned table of groups, one line per group, ending with a line feed. */
    static String groups(Inspection inspection) {
        List<String> header = new ArrayList<>(inspection.by());
        header.addAll(List.of("runs", "ran", "success", "95 % interval", "success_round", "joined", "ambition"));
        boolean votes = inspection.hasVotes();
        if (votes) {
            header.addAll(List.of("yes", "no", "abstain"));
        }
        List<java.util.function.Function<GroupStatistics, StatisticalSummary>> means = new ArrayList<>(List.of(
                GroupStatistics::successRound, GroupStatistics::joined, GroupStatistics::ambition));
        if (votes) {
            means.addAll(List.of(GroupStatistics::yes, GroupStatistics::no, GroupStatistics::abstain));
        }
        int[] decimals = new int[means.size()];
        for (Inspection.Group g : inspection.groups()) {
            for (int c = 0; c < decimals.length; c++) {
                decimals[c] = Math.max(decimals[c], decimals(means.get(c).apply(g.statistics())));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (Inspection.Group g : inspection.groups()) {
            GroupStatistics s = g.statistics();
            WilsonInterval w = s.successRate();
            List<String> row = new ArrayList<>(g.values());
            row.add(Long.toString(s.runs()));
            row.add(Long.toString(s.executed()));
            row.add(percent(w.rate()));
            row.add(interval(w.low(), w.high()));
            for (int c = 0; c < decimals.length; c++) {
                row.add(meanAndError(means.get(c).apply(s), decimals[c]));
            }
            rows.add(row);
        }
        return align(rows, inspection.by().size());
    }

    /** The Sobol' indices, or why they are undefined. */
    static String sobol(SobolAnalysis a) {
        return sobol(a, "the success rate");
    }

    /** The Sobol' indices of {@code what} (e.g. {@code measure usa}), or why they are undefined. */
    static String sobol(SobolAnalysis a, String what) {
        String intro = "Sobol indices of " + what + " (" + a.points() + " design points x "
                + count(a.replications(), "run") + ", 95 % bootstrap intervals from " + SobolAnalysis.RESAMPLES
                + " resamples):\n";
        if (!a.defined()) {
            return intro + a.undefinedReason() + ".\n";
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("parameter", "first order", "95 % interval", "total", "95 % interval"));
        for (int i = 0; i < a.parameters().size(); i++) {
            SobolIndices.Estimate e = a.estimates().get(i);
            rows.add(List.of(a.parameters().get(i), index(e.first()), indexInterval(e.firstLow(), e.firstHigh()),
                    index(e.total()), indexInterval(e.totalLow(), e.totalHigh())));
        }
        return intro + align(rows, 1);
    }

    /** A rate in [0, 1] as a percentage with one decimal, e.g. {@code 35.0 %}; {@code -} for NaN. */
    static String percent(double rate) {
        return Double.isNaN(rate) ? NONE : String.format(Locale.ROOT, "%.1f %%", 100 * rate);
    }

    /** E.g. {@code 18.1 - 56.7 %}; {@code -} for NaN. */
    static String interval(double low, double high) {
        return Double.isNaN(low) ? NONE : String.format(Locale.ROOT, "%.1f - %.1f %%", 100 * low, 100 * high);
    }

    /** The mean and standard error of a summary, e.g. {@code 2.14 (0.26)}; see the class doc. */
    static String meanAndError(StatisticalSummary s) {
        return meanAndError(s, decimals(s));
    }

    /** The mean and standard error of a summary with the given decimals; {@code -} without a mean. */
    static String meanAndError(StatisticalSummary s, int decimals) {
        double mean = GroupStatistics.mean(s);
        if (Double.isNaN(mean)) {
            return NONE;
        }
        double se = GroupStatistics.standardError(s);
        return Double.isNaN(se) ? fixed(mean, decimals) : fixed(mean, decimals) + " (" + fixed(se, decimals) + ")";
    }

    /** The decimals a summary's mean needs by itself (see the class doc); 0 without a mean. */
    static int decimals(StatisticalSummary s) {
        double mean = GroupStatistics.mean(s);
        if (Double.isNaN(mean)) {
            return 0;
        }
        double se = GroupStatistics.standardError(s);
        if (Double.isNaN(se) || se == 0) {
            return plainDecimals(mean);
        }
        return Math.max(0, Math.min(6, 1 - (int) Math.floor(Math.log10(se))));
    }

    private static int plainDecimals(double x) {
        double a = Math.abs(x);
        return a >= 100 ? 1 : a >= 1 ? 2 : 3;
    }

    private static String fixed(double x, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    private static String index(double v) {
        return Double.isNaN(v) ? NONE : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String indexInterval(double low, double high) {
        return Double.isNaN(low) ? NONE : "[" + index(low) + ", " + index(high) + "]";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Columns separated by two spaces; the first {@code leftColumns} left-aligned (labels), the
     * others right-aligned (numbers); no trailing spaces.
     */
    private static String align(List<List<String>> rows, int leftColumns) {
        int columns = rows.get(0).size();
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                String cell = row.get(c);
                String pad = " ".repeat(width[c] - cell.length());
                line.append(c < leftColumns ? cell + pad : pad + cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}

package org.negsim.discover;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.negsim.io.CsvFormat;

/**
 * A {@link Discovery} as text for the terminal and as the CSV tables {@code trajectory.csv}
 * ({@code box, coverage, density, mass, restricted}) and {@code limits.csv}
 * ({@code box, input, low, high}: every box of the trajectory, its restricted inputs only, an integer
 * input's limits as integer literals; a
 * categorical input's kept categories joined by {@code |} in both {@code low} and {@code high}).
 * CSV numbers are written in full ({@link CsvFormat}). Stateless.
 */
public final class DiscoveryReport {

    /** The trajectory table of the first region; region r ≥ 2 writes {@code trajectory-r.csv}. */
    public static final String TRAJECTORY = "trajectory.csv";
    /** The limits table of the first region; region r ≥ 2 writes {@code limits-r.csv}. */
    public static final String LIMITS = "limits.csv";

    private DiscoveryReport() {
    }

    /** The file name of a table for region {@code r} (1-based): {@code name} itself for region 1. */
    public static String fileName(String name, int r) {
        return r == 1 ? name : name.replace(".csv", "-" + r + ".csv");
    }

    /** The printed report: the data, the trajectory of each region and its chosen box with limits and quasi-p-values. */
    public static String text(Discovery d, String title) {
        StringBuilder out = new StringBuilder();
        PrimSettings s = d.settings();
        out.append("PRIM on ").append(title).append(": ").append(d.rows()).append(" rows, ").append(d.cases())
                .append(" cases of interest (").append(d.outcome()).append(", ")
                .append(fixed(100.0 * d.cases() / d.rows(), 1)).append(" %)\n");
        List<String> inputs = new ArrayList<>();
        for (Input in : d.inputs()) {
            inputs.add(in.name() + " (" + in.kind().label() + (in.isNumeric() ? " " + number(in.min()) + ".."
                    + number(in.max()) : ", " + in.categories().size() + " categories") + ")");
        }
        out.append("inputs: ").append(String.join(", ", inputs)).append('\n');
        out.append("peel alpha ").append(number(s.peelAlpha())).append(", paste alpha ").append(number(s.pasteAlpha()))
                .append(", minimum mass ").append(number(s.minMass())).append(", coverage threshold ")
                .append(number(s.threshold())).append('\n');
        for (int r = 1; r <= d.regions().size(); r++) {
            region(out, d, r);
        }
        return out.toString();
    }

    private static void region(StringBuilder out, Discovery d, int r) {
        Region region = d.regions().get(r - 1);
        out.append('\n');
        if (d.regions().size() > 1) {
            out.append("Region ").append(r).append(" (").append(region.startRows()).append(" rows, ")
                    .append(region.startCases()).append(" cases left)\n");
        }
        out.append("  box  coverage  density    mass  restricted\n");
        List<Step> t = region.trajectory();
        for (int i = 0; i < t.size(); i++) {
            Step s = t.get(i);
            out.append(String.format(Locale.ROOT, "%5d  %8s  %7s  %6s  %10d%s%n", i, fixed(s.coverage(), 3),
                    fixed(s.density(), 3), fixed(s.mass(), 3), s.restricted(),
                    (s.pasted() ? "  pasted" : "") + (i == region.chosen() ? "  <- chosen" : "")));
        }
        Step c = region.chosenStep();
        out.append("\nChosen box ").append(region.chosen()).append(": ").append(c.rows()).append(" rows, ")
                .append(c.cases()).append(" cases; coverage ").append(fixed(c.coverage(), 3)).append(", density ")
                .append(fixed(c.density(), 3)).append(", mass ").append(fixed(c.mass(), 3)).append('\n');
        if (region.limits().isEmpty()) {
            out.append("  (no input is restricted: the box holds every row searched)\n");
            return;
        }
        int width = "input".length();
        for (Limit l : region.limits()) {
            width = Math.max(width, l.input().length());
        }
        out.append(String.format(Locale.ROOT, "  %-" + width + "s  %10s  %10s  %9s  %9s%n", "input", "low", "high",
                "qp low", "qp high"));
        for (Limit l : region.limits()) {
            if (l.kind() == Input.Kind.CATEGORICAL) {
                out.append(String.format(Locale.ROOT, "  %-" + width + "s  %-22s  %9s  %9s%n", l.input(),
                        "{" + String.join(", ", l.categories()) + "}", quasiP(l.qpLow()), "–"));
            } else {
                out.append(String.format(Locale.ROOT, "  %-" + width + "s  %10s  %10s  %9s  %9s%n", l.input(),
                        number(l.low()), number(l.high()), quasiP(l.qpLow()), quasiP(l.qpHigh())));
            }
        }
    }

    /** {@code trajectory.csv} of region r (1-based). */
    public static String trajectoryCsv(Discovery d, int r) {
        StringBuilder out = new StringBuilder();
        CsvFormat.appendRecord(out, List.of("box", "coverage", "density", "mass", "restricted"));
        List<Step> t = d.regions().get(r - 1).trajectory();
        for (int i = 0; i < t.size(); i++) {
            Step s = t.get(i);
            CsvFormat.appendRecord(out, List.of(CsvFormat.cell(i), CsvFormat.cell(s.coverage()),
                    CsvFormat.cell(s.density()), CsvFormat.cell(s.mass()), CsvFormat.cell(s.restricted())));
        }
        return out.toString();
    }

    /** {@code limits.csv} of region r (1-based). */
    public static String limitsCsv(Discovery d, int r) {
        StringBuilder out = new StringBuilder();
        CsvFormat.appendRecord(out, List.of("box", "input", "low", "high"));
        List<Step> t = d.regions().get(r - 1).trajectory();
        for (int i = 0; i < t.size(); i++) {
            for (Limit l : d.limits(t.get(i))) {
                String low = l.kind() == Input.Kind.CATEGORICAL ? String.join("|", l.categories()) : cell(l.kind(), l.low());
                String high = l.kind() == Input.Kind.CATEGORICAL ? low : cell(l.kind(), l.high());
                CsvFormat.appendRecord(out, List.of(CsvFormat.cell(i), l.input(), low, high));
            }
        }
        return out.toString();
    }

    /** A limit in full: an integer input's as an integer literal, a real input's as {@link CsvFormat#cell(double)}. */
    private static String cell(Input.Kind kind, double x) {
        return kind == Input.Kind.INTEGER ? CsvFormat.cell((long) x) : CsvFormat.cell(x);
    }

    /** A number rounded to 4 decimals, trailing zeros dropped; scientific below 10⁻³. */
    static String number(double x) {
        if (x != 0 && Math.abs(x) < 1e-3) {
            return String.format(Locale.ROOT, "%.3e", x);
        }
        BigDecimal b = new BigDecimal(x).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.signum() == 0 ? "0" : b.toPlainString();
    }

    private static String fixed(double x, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    /** A quasi-p-value: three decimals, scientific below 10⁻³, a dash when not restricted. */
    public static String quasiP(double p) {
        if (Double.isNaN(p)) {
            return "–";
        }
        return p != 0 && p < 1e-3 ? String.format(Locale.ROOT, "%.1e", p) : fixed(p, 3);
    }
}

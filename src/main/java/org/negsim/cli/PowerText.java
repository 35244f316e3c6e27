package org.negsim.cli;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.negsim.io.CsvFormat;
import org.negsim.model.Actor;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;
import org.negsim.power.PowerTable;

/**
 * The text and CSV forms of a stage's power table, as {@code negsim power} prints them. The text
 * lists the members by decreasing Penrose measure (scenario order among equals), with six decimals
 * and, for a Monte Carlo estimate, the 95 % intervals; the CSV has one row per member in scenario
 * order, {@code actor, penrose, banzhaf, shapley_shubik}, each number in full precision (an empty
 * cell for a Banzhaf index that does not exist).
 */
final class PowerText {

    /** The CSV header. */
    static final List<String> CSV_HEADER = List.of("actor", "penrose", "banzhaf", "shapley_shubik");

    private PowerText() {
    }

    /** The CSV text, header first. */
    static String csv(PowerTable p) {
        StringBuilder b = new StringBuilder();
        CsvFormat.appendRecord(b, CSV_HEADER);
        for (int i = 0; i < p.size(); i++) {
            CsvFormat.appendRecord(b, List.of(p.players().get(i), CsvFormat.cell(p.penrose()[i]),
                    Double.isNaN(p.banzhaf()[i]) ? "" : CsvFormat.cell(p.banzhaf()[i]),
                    CsvFormat.cell(p.shapleyShubik()[i])));
        }
        return b.toString();
    }

    /** The heading lines: stage, rule, members, method, winning coalitions. */
    static List<String> heading(Stage stage, PowerTable p) {
        List<String> lines = new ArrayList<>();
        lines.add(stage.id() + " (" + stage.rule().type() + "), " + p.size() + " member" + (p.size() == 1 ? "" : "s"));
        PowerTable.Estimate e = p.estimate();
        if (e == null) {
            lines.add("method: " + p.method().label());
            lines.add("winning coalitions: " + count(p.winning()) + " of 2^" + p.size() + " ("
                    + percent(p.winningShare()) + ")");
        } else {
            lines.add("method: " + p.method().label() + " from " + e.samples() + " random coalitions and as many"
                    + " random orderings, seed " + e.seed() + "; not exact: " + e.reason());
            lines.add("winning coalitions: " + percent(p.winningShare()) + " of 2^" + p.size() + " (95 % interval "
                    + percent(e.winningShare().low()) + " to " + percent(e.winningShare().high()) + ")");
        }
        return lines;
    }

    /** The table rows, header first, columns padded. */
    static List<String> table(Scenario scenario, PowerTable p) {
        Map<String, Actor> byId = scenario.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        PowerTable.Estimate e = p.estimate();
        List<String[]> rows = new ArrayList<>();
        rows.add(e == null ? new String[] {"actor", "name", "penrose", "banzhaf", "shapley_shubik"}
                : new String[] {"actor", "name", "penrose", "95 % interval", "banzhaf", "95 % interval",
                    "shapley_shubik", "95 % interval"});
        List<Integer> order = IntStream.range(0, p.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -p.penrose()[i])).toList();
        for (int i : order) {
            String id = p.players().get(i);
            Actor a = byId.get(id);
            String name = a == null || a.name() == null ? id : a.name();
            if (e == null) {
                rows.add(new String[] {id, name, number(p.penrose()[i]), number(p.banzhaf()[i]),
                    number(p.shapleyShubik()[i])});
            } else {
                rows.add(new String[] {id, name, number(p.penrose()[i]), interval(e.penrose()[i]),
                    number(p.banzhaf()[i]), interval(e.banzhaf()[i]), number(p.shapleyShubik()[i]),
                    interval(e.shapleyShubik()[i])});
            }
        }
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                boolean text = c < 2;
                String cell = text ? String.format(Locale.ROOT, "%-" + width[c] + "s", r[c])
                        : String.format(Locale.ROOT, "%" + width[c] + "s", r[c]);
                b.append(c == 0 ? "" : "  ").append(cell);
            }
            out.add(b.toString().stripTrailing());
        }
        return out;
    }

    /** Six decimals, or "n/a" for an index that does not exist. */
    static String number(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.6f", x);
    }

    private static String interval(PowerTable.Interval ci) {
        return Double.isNaN(ci.low()) ? "n/a" : "[" + number(ci.low()) + ", " + number(ci.high()) + "]";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.4f %%", 100 * share);
    }

    /** An exact count in full below 10^15, else in scientific notation. */
    static String count(BigInteger c) {
        if (c.bitLength() < 50) {
            return c.toString();
        }
        return String.format(Locale.ROOT, "%.6e", new java.math.BigDecimal(c));
    }
}

package org.negsim.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.negsim.engine.RunListener;
import org.negsim.engine.StageActors;
import org.negsim.record.PivotalMeasures;
import org.negsim.engine.StageOutcome;
import org.negsim.model.Actor;
import org.negsim.model.Measure;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;
import org.negsim.model.When;
import org.negsim.power.PivotSet;
import org.negsim.power.Pivots;

/**
 * The human summary that {@code negsim run} prints: per stage the outcome, the round, the
 * supporters by kind and the largest holdouts. A {@link RunListener}: pass it to the run (with
 * the recorder), then call {@link #render()}. Not thread-safe.
 *
 * <pre>
 * paris-call (open-declaration): met the success conditions in round 3 of 12
 *   joined 52 of 120 states, 31 of 35 firms
 *   43 holdouts, largest first: United States, China, Russia, India, Brazil, …
 *   pivotal: had United States, China joined, the success conditions would have been met (the fewest holdouts, largest first)
 * </pre>
 */
final class RunSummary implements RunListener {

    /** How many holdouts are named per stage. */
    static final int HOLDOUTS = 5;
    /** How many pivotal actors are named per stage. */
    static final int PIVOTS = 10;

    private final Scenario scenario;
    private final List<String> kinds;
    private final List<String> lines = new ArrayList<>();

    RunSummary(Scenario scenario) {
        this.scenario = scenario;
        this.kinds = List.copyOf(scenario.kinds());
    }

    @Override
    public void stageEnded(StageOutcome outcome, StageActors actors) {
        StageOutcome o = PivotalMeasures.filled(scenario, outcome, actors);
        Stage stage = scenario.stages().stream().filter(s -> s.id().equals(o.stageId())).findFirst().orElseThrow();
        String head = o.stageId() + " (" + o.ruleType() + "): ";
        if (!o.executed() || actors == null) {
            lines.add(head + "not run (" + whenText(stage.when()) + ")");
        } else {
            lines.add(head + outcome(stage, o));
            lines.add("  " + supporters(stage, o, actors));
            lines.add("  " + holdoutLine(actors));
            lines.add("  " + pivotLine(Pivots.of(scenario, stage, o, actors), actors));
        }
        measureLines(o);
    }

    /** One line per measure of the stage: {@code measure usa (joined of USA): 1}. */
    private void measureLines(StageOutcome o) {
        List<Measure> measures = scenario.measures();
        for (int m = 0; m < measures.size(); m++) {
            Measure measure = measures.get(m);
            if (!measure.stage().equals(o.stageId())) {
                continue;
            }
            double v = o.measures().length > m ? o.measures()[m] : Double.NaN;
            String value = !o.executed() ? "empty (the stage did not run)"
                    : Double.isNaN(v) ? (measure.what() == Measure.What.DECISION_ROUND ? "empty (never joined)"
                    : "empty (the selected actors weigh nothing)")
                    : measure.what().integral() ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4f", v);
            lines.add("  measure " + measure.id() + " (" + measure.what().word()
                    + (measure.weight() != null ? " of " + measure.weight() : "") + "): " + value);
        }
    }

    /** The line naming the stage's pivotal actors ({@link Pivots}), at most {@link #PIVOTS} by name. */
    private String pivotLine(PivotSet p, StageActors actors) {
        List<String> names = p.ordered().stream().limit(PIVOTS).map(i -> label(actors.actor(i))).toList();
        String list = String.join(", ", names) + (p.count() > PIVOTS ? ", … (" + p.count() + " in all)" : "");
        return switch (p.kind()) {
            case VOTE -> p.count() == 0 ? "pivotal: none (no single change of vote would change the final outcome)"
                    : "pivotal: " + list + " (" + (p.count() == 1 ? "a change of vote" : "a change of vote by any one")
                            + " would change the final outcome)";
            case FAILED_DECLARATION -> switch (p.note()) {
                case UNREACHABLE -> "pivotal: none (even every available holdout joining would not meet the"
                        + " success conditions)";
                case NOT_PROVEN_FEWEST -> "pivotal: had " + list + " joined, the success conditions would have been met"
                        + " (a small such set; the search for the smallest was cut short)";
                default -> "pivotal: had " + list + " joined, the success conditions would have been met"
                        + (p.count() == 1 ? "" : " (the fewest holdouts, largest first)");
            };
            case SUCCEEDED_DECLARATION -> p.note() == PivotSet.Note.NO_LONGER_HOLDS
                    ? "pivotal: none (after withdrawals the success conditions no longer hold at the end)"
                    : p.count() == 0 ? "pivotal: none (no single joined actor is needed for the success conditions)"
                    : "pivotal: without " + (p.count() == 1 ? "" : "any one of ") + list
                            + " the success conditions would not hold at the end";
        };
    }

    /** The summary, one line per fact, each ending with a line break. */
    String render() {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l).append(System.lineSeparator()));
        return b.toString();
    }

    private static String whenText(When when) {
        return switch (when) {
            case PREVIOUS_FAILED -> "runs only if the previous stage failed";
            case PREVIOUS_SUCCEEDED -> "runs only if the previous stage succeeded";
            case ALWAYS -> "skipped";
        };
    }

    private static String outcome(Stage stage, StageOutcome o) {
        if (stage.isOpenDeclaration()) {
            if (!o.success()) {
                return "did not meet the success conditions in " + rounds(o.rounds());
            }
            String s = "met the success conditions in round " + o.successRound() + " of " + o.rounds();
            if (o.inForceRound() != o.successRound() && o.inForceRound() != StageOutcome.NOT_APPLICABLE) {
                s += ", in force from round " + o.inForceRound();
            }
            return s;
        }
        String votes = " (" + o.yes() + " yes, " + o.no() + " no, " + o.abstain() + " abstain)";
        return o.success()
                ? "adopted in round " + o.successRound() + " of " + stage.rounds() + votes
                : "failed: not adopted in " + rounds(o.rounds()) + "; last vote" + votes;
    }

    private static String rounds(int n) {
        return n + (n == 1 ? " round" : " rounds");
    }

    private String supporters(Stage stage, StageOutcome o, StageActors actors) {
        int[] members = new int[kinds.size()];
        for (int i = 0; i < actors.size(); i++) {
            if (actors.member(i)) {
                members[kinds.indexOf(actors.actor(i).kind())]++;
            }
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            if (members[k] > 0) {
                int joined = o.joinedByKind() == null ? 0 : o.joinedByKind()[k];
                parts.add(joined + " of " + members[k] + " " + plural(kinds.get(k), members[k]));
            }
        }
        String verb = stage.isOpenDeclaration() ? "joined " : "voted yes: ";
        return parts.isEmpty() ? "no members" : verb + String.join(", ", parts);
    }

    /**
     * The line on the members that do not support the text: how many, and the {@link #HOLDOUTS}
     * largest by capability, then by each weight (in {@link Scenario#weightNames()} order), then in
     * scenario order. When all holdouts weigh the same by these measures the names are only examples.
     */
    private String holdoutLine(StageActors actors) {
        List<Integer> holdouts = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            String d = actors.decision(i);
            if (actors.member(i) && !d.equals("joined") && !d.equals("yes")) {
                holdouts.add(i);
            }
        }
        if (holdouts.isEmpty()) {
            return "no holdouts: every member supports the text";
        }
        Comparator<Integer> order = Pivots.largestFirstOrder(holdouts, actors, scenario.weightNames());
        List<String> names = holdouts.stream().sorted(order).limit(HOLDOUTS).map(i -> label(actors.actor(i))).toList();
        int n = holdouts.size();
        if (n <= HOLDOUTS) {
            return (n == 1 ? "holdout: " : "holdouts, largest first: ") + String.join(", ", names);
        }
        boolean allEqual = holdouts.stream().allMatch(i -> order.compare(i, holdouts.get(0)) == 0);
        return n + " holdouts" + (allEqual ? " of equal capability, e.g. " : ", largest first: ")
                + String.join(", ", names) + (allEqual ? "" : ", …");
    }

    private static String label(Actor a) {
        return a.name() == null || a.name().isBlank() ? a.id() : a.name();
    }

    /** An English plural of a kind label: state → states, authority → authorities, civil → civil. */
    static String plural(String kind, int count) {
        if (count == 1 || kind.isEmpty()) {
            return kind;
        }
        String lower = kind.toLowerCase(Locale.ROOT);
        if (lower.equals("civil")) {
            return kind;
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return kind.substring(0, kind.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return kind + "es";
        }
        return kind + "s";
    }
}

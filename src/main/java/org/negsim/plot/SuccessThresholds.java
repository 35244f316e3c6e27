package org.negsim.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.negsim.model.Actor;
import org.negsim.model.Scenario;
import org.negsim.model.Selector;
import org.negsim.model.Stage;
import org.negsim.model.SuccessCondition;

/** Derives the {@link SuccessThreshold} lines of a stage (see there for the rules). Stateless. */
public final class SuccessThresholds {

    private SuccessThresholds() {
    }

    /** One threshold per success condition of the stage, in the scenario's order (none for a vote stage). */
    public static List<SuccessThreshold> of(Scenario scenario, Stage stage) {
        List<SuccessThreshold> out = new ArrayList<>();
        for (SuccessCondition c : stage.success()) {
            out.add(of(scenario, c));
        }
        return out;
    }

    /** The threshold of one condition. */
    public static SuccessThreshold of(Scenario scenario, SuccessCondition c) {
        String words = ScenarioText.condition(c);
        SortedSet<String> kinds = kindsOf(scenario, c.select());
        if (kinds.isEmpty() || c.measure() == SuccessCondition.Measure.MIN_SHARE) {
            return new SuccessThreshold(c, words, List.of(), Double.NaN);
        }
        if (c.measure() == SuccessCondition.Measure.MIN_COUNT) {
            return new SuccessThreshold(c, words, List.copyOf(kinds), c.threshold());
        }
        long matching = 0;
        for (Actor a : scenario.actors()) {
            if (c.select().matches(a)) {
                matching++;
            }
        }
        double count = c.threshold() * matching;
        return new SuccessThreshold(c, words + " (" + matching + " actors) = " + ScenarioText.number(count),
                List.copyOf(kinds), count);
    }

    /**
     * The kinds of actors a selector picks when it picks by kind only ({@code "all"}: every kind
     * of the scenario); empty when it also picks by group or id.
     */
    static SortedSet<String> kindsOf(Scenario scenario, Selector s) {
        if (s.groups() != null || s.ids() != null) {
            return new TreeSet<>();
        }
        SortedSet<String> kinds = new TreeSet<>(scenario.kinds());
        if (s.kinds() != null) {
            kinds.retainAll(s.kinds());
        }
        return kinds;
    }
}

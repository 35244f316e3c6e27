package org.negsim.model;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A validated scenario with every default resolved. Issues, actors and stages keep the order of
 * the file; that order fixes the order of random draws.
 *
 * @param name        scenario name
 * @param description free text, possibly empty
 * @param sources     references the scenario was built from
 * @param issues      the issues, at least one
 * @param actors      the actors, at least one
 * @param ties        explicit ties only (group and home ties are generated from {@link Behavior})
 * @param behavior    scenario-wide behaviour
 * @param stages      the stages in sequence, at least one
 * @param seed        the master seed of {@code experiment.seed}
 * @param measures    the measures, in the order of the file (then of {@code --measure}), possibly empty
 */
public record Scenario(String name, String description, List<String> sources, List<Issue> issues,
                       List<Actor> actors, List<Tie> ties, Behavior behavior, List<Stage> stages,
                       long seed, List<Measure> measures) {

    /** A scenario without measures. */
    public Scenario(String name, String description, List<String> sources, List<Issue> issues,
                    List<Actor> actors, List<Tie> ties, Behavior behavior, List<Stage> stages, long seed) {
        this(name, description, sources, issues, actors, ties, behavior, stages, seed, List.of());
    }

    /** Every actor kind that occurs, sorted (one {@code joined_<kind>} column each). */
    public SortedSet<String> kinds() {
        SortedSet<String> kinds = new TreeSet<>();
        for (Actor a : actors) {
            kinds.add(a.kind());
        }
        return kinds;
    }

    /** Every weight name that occurs on any actor, sorted (one {@code share_<weight>} column each). */
    public SortedSet<String> weightNames() {
        SortedSet<String> names = new TreeSet<>();
        for (Actor a : actors) {
            names.addAll(a.weights().keySet());
        }
        return names;
    }
}

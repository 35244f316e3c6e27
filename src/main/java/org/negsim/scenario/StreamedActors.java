package org.negsim.scenario;

import static org.negsim.scenario.Fields.nonEmptyArray;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.negsim.model.Tie;

/**
 * Binds the elements of the top-level {@code actors} array as the reader delivers them, so that
 * no tree of all actors is ever built. Needs {@code issues} before {@code actors} in the file
 * (otherwise declines, and the actors stay in the tree); the behaviour may come anywhere: each
 * actor is kept as an {@link ActorBinder.Draft} and resolved once the behaviour is bound. Ties that
 * follow the actors are bound as they are read too ({@link #tieSink}). With {@code keepDrafts} the
 * drafts outlive a bind, so that {@link ScenarioBinder#bind(JsonObject, StreamedActors)} can bind
 * variants of the tree (other behaviour or stages) again and again. One per read; not thread-safe.
 */
final class StreamedActors implements StrictJsonReader.ElementSink {
    /** The keys of a tie, as {@link StrictJsonReader.FlatSink} hands them over. */
    private static final List<String> TIE_KEYS = List.of("from", "to", "weight");
    final Known known = new Known();
    final Problems problems = new Problems();
    final ActorBinder actors = new ActorBinder(known, problems);
    final List<ActorBinder.Draft> drafts = new ArrayList<>();
    private boolean begun;
    /** Whether the issues were bound without error before the actors streamed. */
    boolean issuesBound;
    private int count;
    /** Issues were invalid: later elements are read but not bound. */
    private boolean skipping;
    /** The ties, when they come from a table read while binding; else null (they are in the file). */
    ScenarioBinder.TieRows tieRows;
    /** The ties bound as the file was read, or null when the file's ties are in the tree (or a table). */
    List<Tie> streamedTies;
    /** With {@link #keepDrafts}: the ties the first bind read from the table, which a variant binds again. */
    List<Tie> tableTies;
    /** Whether the drafts are kept after a bind, so that variants of the tree can be bound again. */
    final boolean keepDrafts;

    /** @param keepDrafts whether {@link ScenarioBinder#bind(JsonObject, StreamedActors)} may be called more than once */
    StreamedActors(boolean keepDrafts) {
        this.keepDrafts = keepDrafts;
    }

    /** Takes the ties from {@code rows} instead of the tree. */
    void ties(ScenarioBinder.TieRows rows) {
        this.tieRows = rows;
    }

    /** An element that could not even be read as an actor: kept like a binding error. */
    void fail(ScenarioException e) {
        count++;
        known.unreadableActorIds++;
        if (!skipping) {
            problems.attempt(() -> {
                throw e;
            });
        }
    }

    @Override
    public boolean begin(JsonObject rootSoFar) {
        if (!rootSoFar.has("issues")) {
            return false;
        }
        begun = true;
        try {
            Problems issueProblems = new Problems();
            known.bindIssues(issueProblems, nonEmptyArray(rootSoFar.get("issues"), "$.issues"));
            issuesBound = issueProblems.none();
            skipping = !issuesBound;
        } catch (ScenarioException e) {
            // binding the whole scenario reports this error in its usual place
            skipping = true;
        }
        return true;
    }

    @Override
    public void element(JsonElement element, int index) {
        count++;
        if (skipping) {
            return;
        }
        problems.attempt(() -> drafts.add(actors.draft(element, index)));
    }

    /** Whether the reader streamed the array (at least one element) rather than leaving it in the tree. */
    boolean bound() {
        return begun && count > 0;
    }

    /**
     * The sink for the top-level {@code ties} array: it takes the ties when the actors before them
     * were streamed (every id a tie names is then known) and binds each tie as it is read, so a
     * million ties never stand in the tree as a million JSON objects. Ties that come before the
     * actors stay in the tree and are bound with it.
     */
    StrictJsonReader.ElementSink tieSink() {
        return new StrictJsonReader.FlatSink() {
            @Override
            public List<String> flatKeys() {
                return TIE_KEYS;
            }

            @Override
            public boolean flat(String[] values, boolean[] number, int index) {
                if (skipping) {
                    return true;
                }
                Tie tie = !number[0] && !number[1] && number[2]
                        ? actors.validTie(values[0], values[1], NumberLiteral.parseDouble(values[2])) : null;
                if (tie == null) {
                    return false;
                }
                streamedTies.add(tie);
                return true;
            }

            @Override
            public boolean begin(JsonObject rootSoFar) {
                if (!bound() || tieRows != null || streamedTies != null) {
                    return false;
                }
                streamedTies = new ArrayList<>();
                return true;
            }

            @Override
            public void element(JsonElement element, int index) {
                if (!skipping) {
                    problems.attempt(() -> streamedTies.add(actors.tie(element, index)));
                }
            }
        };
    }

    /** Whether the file's {@code ties} were streamed (the tree holds them as an empty array). */
    boolean tiesStreamed() {
        return streamedTies != null;
    }
}

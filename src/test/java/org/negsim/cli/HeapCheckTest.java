package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which varied paths make each design point copy the actors (and so a tree per thread). */
class HeapCheckTest {

    @Test
    void onlyPathsIntoTheActorsIssuesOrTiesCopyThem() {
        assertFalse(HeapCheck.copiesActors(List.of()));
        assertFalse(HeapCheck.copiesActors(List.of("behavior.temperature", "stages[0].rounds", "stages[call].concession")));
        assertTrue(HeapCheck.copiesActors(List.of("behavior.temperature", "actors[USA].signCost")));
        assertTrue(HeapCheck.copiesActors(List.of("actors[kind=state].conformity")));
        assertTrue(HeapCheck.copiesActors(List.of("issues[0].statusQuo")));
        assertTrue(HeapCheck.copiesActors(List.of("behavior..temperature")), "a malformed path copies everything");
    }
}

package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScenarioExceptionTest {

    @Test
    void messageIsPathColonDetail() {
        ScenarioException e = new ScenarioException("$.actors[3].salience.restraint", "must be >= 0, was -0.2");
        assertEquals("$.actors[3].salience.restraint: must be >= 0, was -0.2", e.getMessage());
        assertEquals("$.actors[3].salience.restraint", e.path());
        assertEquals("must be >= 0, was -0.2", e.detail());
    }
}

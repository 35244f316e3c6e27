package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AssignmentTest {

    @Test
    void splitsAtTheFirstEqualsSign() {
        assertEquals(new Assignment("description", "a=b"), Assignment.parse("description=a=b"));
    }

    @Test
    void keepsSelectorBrackets() {
        assertEquals(new Assignment("actors[kind=firm].conformity", "0.2"),
                Assignment.parse("actors[kind=firm].conformity=0.2"));
    }

    @Test
    void emptyPathOrValueIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Assignment.parse("=1"));
        assertThrows(IllegalArgumentException.class, () -> Assignment.parse("behavior.temperature="));
        assertThrows(IllegalArgumentException.class, () -> Assignment.parse("behavior.temperature"));
    }
}

package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChartNamesTest {

    @Test
    void pathsBecomeFileNameParts() {
        assertEquals("actors-kind-firm.signCost", ChartNames.safe("actors[kind=firm].signCost"));
        assertEquals("stages-gge-2017.concession", ChartNames.safe("stages[gge-2017].concession"));
        assertEquals("behavior.temperature", ChartNames.safe("behavior.temperature"));
        assertEquals("a-b", ChartNames.safe("a / b"));
        assertEquals("-", ChartNames.safe("]"));
    }

    @Test
    void documentedNames() {
        assertEquals("signatures-paris-call.png", ChartNames.signatures("paris-call"));
        assertEquals("text-A-RES-73-27.png", ChartNames.text("A-RES-73-27"));
        assertEquals("success-call-by-actors-USA.signCost.png", ChartNames.success("call", "actors[USA].signCost"));
        assertEquals("heatmap-call-p-q.png", ChartNames.heatMap("call", "p", "q"));
    }
}

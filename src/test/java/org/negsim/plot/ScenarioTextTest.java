package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.negsim.model.Selector;

class ScenarioTextTest {

    @Test
    void selectors() {
        assertEquals("all actors", ScenarioText.selector(Selector.ALL));
        assertEquals("firm or state", ScenarioText.selector(new Selector(Set.of("state", "firm"), null, null)));
        assertEquals("state in EU", ScenarioText.selector(new Selector(Set.of("state"), Set.of("EU"), null)));
        assertEquals("actors in CoE", ScenarioText.selector(new Selector(null, Set.of("CoE"), null)));
        assertEquals("DEU, FRA", ScenarioText.selector(Selector.ofIds(Set.of("FRA", "DEU"))));
        assertEquals("state among FRA", ScenarioText.selector(new Selector(Set.of("state"), null, Set.of("FRA"))));
    }

    @Test
    void longIdListsAreCounted() {
        assertEquals("A, B, C, D, E, F, G, H and 2 more",
                ScenarioText.selector(Selector.ofIds(Set.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J"))));
    }

    @Test
    void numbersHaveAtMostFourDecimalsAndNoTrailingZeros() {
        assertEquals("64.9", ScenarioText.number(64.9));
        assertEquals("50", ScenarioText.number(50.0));
        assertEquals("0.3333", ScenarioText.number(1.0 / 3));
        assertEquals("0", ScenarioText.number(-0.0));
        assertEquals("–", ScenarioText.number(Double.NaN));
        assertEquals("55 %", ScenarioText.percent(0.55));
    }
}

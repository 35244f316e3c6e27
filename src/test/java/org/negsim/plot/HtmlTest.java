package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", Html.escape("<b> & \"x\" 'y'"));
    }

    @Test
    void nullIsEmptyAndOtherTextUnchanged() {
        assertEquals("", Html.escape(null));
        assertEquals("Côte d’Ivoire ≥ 55 %", Html.escape("Côte d’Ivoire ≥ 55 %"));
    }
}

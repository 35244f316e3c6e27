package org.negsim.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The console's Model tab is refreshed after every step (its values round by round are checked under
 * Xvfb by {@link NegotiationGuiTest}, which needs the console).
 */
class RunInfoTest {

    @Test
    void theModelInspectorIsVolatileSoTheConsoleRefreshesItEveryStep() {
        NegotiationGui gui = new NegotiationGui(GuiFixture.scenario(GuiFixture.SMALL), 7L);
        assertTrue(gui.getInspector().isVolatile());
    }
}

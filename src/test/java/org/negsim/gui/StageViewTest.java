package org.negsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.negsim.engine.NegotiationSim;
import org.negsim.engine.RunListener;
import org.negsim.engine.StageActors;

class StageViewTest {

    private final NegotiationSim run = new NegotiationSim(GuiFixture.scenario(GuiFixture.SMALL), 1L, RunListener.NONE);
    private final StageView view = new StageView();

    @Test
    void showsNothingBeforeARunStarted() {
        assertNull(view.current());
        view.show(run);
        assertNull(view.current());
    }

    @Test
    void followsTheRunAndKeepsTheLastStageOnceEveryStageIsPlayed() {
        run.start();
        view.show(run);
        StageActors stage = view.current();
        assertNotNull(stage);
        // two rounds of the single stage, then the run is over
        run.schedule.step(run);
        run.schedule.step(run);
        assertNull(run.currentStage());
        assertSame(stage, view.current());
        assertEquals("joined", view.current().decision(0));
    }
}

package org.negsim.sweep;

import org.negsim.scenario.VarySpec;
import org.negsim.sweep.design.Parameter;

/** Lets tests in other packages turn vary specs into parameters as the sweep does. */
public final class SweepPlanAccess {

    private SweepPlanAccess() {
    }

    public static Parameter parameter(String path, VarySpec spec) {
        return SweepPlan.parameter(path, spec);
    }
}

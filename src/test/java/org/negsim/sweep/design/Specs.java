package org.negsim.sweep.design;

import org.negsim.scenario.ScenarioException;
import org.negsim.scenario.VarySpec;

/** Test shorthand: a parameter from a {@code --vary} spec, through the one spec parser. */
final class Specs {

    private Specs() {
    }

    static Parameter parse(String path, String spec) {
        try {
            return org.negsim.sweep.SweepPlanAccess.parameter(path, VarySpec.parse(path, spec));
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}

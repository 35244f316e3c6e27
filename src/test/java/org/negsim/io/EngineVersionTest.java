package org.negsim.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EngineVersionTest {

    @Test
    void aBuildFromSourceKnowsItsPomVersion() {
        assertTrue(EngineVersion.get().matches("\\d+\\.\\d+\\.\\d+.*"), EngineVersion.get());
    }
}

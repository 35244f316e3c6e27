package org.negsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void parsesKOverN() {
        assertEquals(new Shard(3, 4), Shard.parse("3/4", Map.of()));
    }

    @Test
    void rejectsMalformedAndOutOfRange() {
        for (String bad : new String[] {"4/4", "-1/4", "1/0", "3", "a/b", ""}) {
            assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad, Map.of()), bad);
        }
    }

    @Test
    void autoReadsTheSlurmArrayEnvironment() {
        assertEquals(new Shard(2, 4), Shard.parse("auto",
                Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "4")));
        assertEquals(new Shard(1, 4), Shard.parse("auto",
                Map.of("SLURM_ARRAY_TASK_ID", "6", "SLURM_ARRAY_TASK_MIN", "5", "SLURM_ARRAY_TASK_COUNT", "4")));
    }

    @Test
    void autoOutsideSlurmSaysWhatIsMissing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse("auto", Map.of()));
        assertTrue(e.getMessage().contains("SLURM_ARRAY_TASK_ID"), e.getMessage());
    }

    @Test
    void membershipAndNextRun() {
        Shard s = new Shard(1, 3);
        assertTrue(s.contains(4));
        assertFalse(s.contains(5));
        assertEquals(1, s.firstAfter(-1));
        assertEquals(4, s.firstAfter(1));
        assertEquals(4, s.firstAfter(2));
        assertEquals(0, Shard.ALL.firstAfter(-1));
        assertEquals(8, Shard.ALL.firstAfter(7));
    }
}

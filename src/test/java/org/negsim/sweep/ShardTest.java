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
    void autoHonoursTheStepOfASteppedArray() {
        // sbatch --array=0-10:2: tasks 0, 2, 4, 6, 8, 10
        Map<String, String> base = Map.of("SLURM_ARRAY_TASK_MIN", "0", "SLURM_ARRAY_TASK_MAX", "10",
                "SLURM_ARRAY_TASK_STEP", "2", "SLURM_ARRAY_TASK_COUNT", "6");
        for (int task = 0; task <= 10; task += 2) {
            Map<String, String> env = new java.util.HashMap<>(base);
            env.put("SLURM_ARRAY_TASK_ID", String.valueOf(task));
            assertEquals(new Shard(task / 2, 6), Shard.parse("auto", env));
        }
        Map<String, String> off = new java.util.HashMap<>(base);
        off.put("SLURM_ARRAY_TASK_ID", "3");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse("auto", off));
        assertEquals("--shard auto: task 3 is not on the job array's step 2 from 0; give --shard K/N", e.getMessage());
    }

    @Test
    void autoRefusesAnArrayThatIsNotEvenlySpaced() {
        // sbatch --array=3,7,8: MIN 3, MAX 8, COUNT 3, no step that fits
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse("auto",
                Map.of("SLURM_ARRAY_TASK_ID", "7", "SLURM_ARRAY_TASK_MIN", "3", "SLURM_ARRAY_TASK_MAX", "8",
                        "SLURM_ARRAY_TASK_COUNT", "3")));
        assertTrue(e.getMessage().startsWith("--shard auto: the job array is not evenly spaced"), e.getMessage());
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

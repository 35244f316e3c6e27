package org.negsim.sweep;

import java.util.Map;

/**
 * One slice of a sweep: the runs with {@code run mod count == index}. {@link #ALL} is the whole
 * sweep.
 *
 * @param index K, 0 ≤ K &lt; N
 * @param count N ≥ 1
 */
public record Shard(int index, int count) {

    /** The whole sweep on one machine. */
    public static final Shard ALL = new Shard(0, 1);

    /** Checks 0 ≤ index &lt; count. */
    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("a shard K/N needs N >= 1 and 0 <= K < N, was " + index + "/" + count);
        }
    }

    /** Whether the run belongs to this shard. */
    public boolean contains(long run) {
        return run % count == index;
    }

    /** The first run of this shard after {@code run} (or the first at all for {@code run = -1}). */
    public long firstAfter(long run) {
        long next = run + 1;
        long offset = Math.floorMod(index - next, (long) count);
        return next + offset;
    }

    /**
     * Parses {@code K/N}, or {@code auto} from a Slurm job array's environment: K =
     * {@code SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN} (MIN defaults to 0) and N =
     * {@code SLURM_ARRAY_TASK_COUNT}, divided by {@code SLURM_ARRAY_TASK_STEP} for a stepped array
     * ({@code --array=0-10:2}). {@code auto} is right only for an evenly spaced array; an array that
     * is not ({@code --array=3,7}: MIN + (COUNT − 1)·STEP ≠ MAX) is refused and needs an explicit {@code K/N}.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static Shard parse(String text, Map<String, String> environment) {
        if (text.equals("auto")) {
            String id = environment.get("SLURM_ARRAY_TASK_ID");
            String count = environment.get("SLURM_ARRAY_TASK_COUNT");
            if (id == null || count == null) {
                throw new IllegalArgumentException("--shard auto needs SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT"
                        + " (set by sbatch --array); outside a Slurm job array give --shard K/N");
            }
            String min = environment.getOrDefault("SLURM_ARRAY_TASK_MIN", "0");
            String step = environment.getOrDefault("SLURM_ARRAY_TASK_STEP", "1");
            String max = environment.get("SLURM_ARRAY_TASK_MAX");
            long k;
            long n;
            long s;
            long lo;
            try {
                lo = Long.parseLong(min.trim());
                s = Long.parseLong(step.trim());
                n = Long.parseLong(count.trim());
                k = Long.parseLong(id.trim()) - lo;
                if (max != null && s >= 1 && lo + (n - 1) * s != Long.parseLong(max.trim())) {
                    throw new IllegalArgumentException("--shard auto: the job array is not evenly spaced"
                            + " (SLURM_ARRAY_TASK_MIN=" + min + ", SLURM_ARRAY_TASK_MAX=" + max + ", SLURM_ARRAY_TASK_STEP="
                            + step + ", SLURM_ARRAY_TASK_COUNT=" + count + "), as after --array=3,7; give --shard K/N");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--shard auto: SLURM_ARRAY_TASK_ID=" + id + ", SLURM_ARRAY_TASK_MIN="
                        + min + ", SLURM_ARRAY_TASK_STEP=" + step + " and SLURM_ARRAY_TASK_COUNT=" + count
                        + " must be integers");
            }
            if (s < 1 || k % s != 0 || n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("--shard auto: task " + id + " is not on the job array's step "
                        + step + " from " + min + "; give --shard K/N");
            }
            return new Shard((int) (k / s), (int) n);
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("--shard must be K/N (e.g. 0/4) or auto, was \"" + text + "\"");
        }
        try {
            return new Shard(Integer.parseInt(text.substring(0, slash).trim()),
                    Integer.parseInt(text.substring(slash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard must be K/N (e.g. 0/4) or auto, was \"" + text + "\"");
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}

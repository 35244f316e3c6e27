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
     * {@code SLURM_ARRAY_TASK_COUNT}. {@code auto} is right only for a contiguous array such as
     * {@code --array=0-(N-1)}; re-submitted tasks ({@code --array=3,7}) need an explicit {@code K/N}.
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
            try {
                int k = Integer.parseInt(id.trim()) - Integer.parseInt(min.trim());
                int n = Integer.parseInt(count.trim());
                return new Shard(k, n);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--shard auto: SLURM_ARRAY_TASK_ID=" + id + ", SLURM_ARRAY_TASK_MIN="
                        + min + " and SLURM_ARRAY_TASK_COUNT=" + count + " must be integers");
            }
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

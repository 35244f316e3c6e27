package org.negsim.merge;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks that shard folders are the N shards of one sweep: the same scenario file (SHA-256),
 * master seed, engine version and design (vary, samples, replications, recorded tables), the same
 * shard count N, and each index 0..N−1 exactly once.
 */
final class ShardSet {

    /** At most this many missing shard indexes are named in a message. */
    private static final int NAMED = 10;

    private ShardSet() {
    }

    /**
     * The shards ordered by index.
     *
     * @param shards at least one shard, in the order given
     * @throws MergeRefusedException naming the folders that differ, the duplicated index or the missing ones
     */
    static List<ShardFolder> check(List<ShardFolder> shards) throws MergeRefusedException {
        ShardFolder first = shards.get(0);
        for (ShardFolder s : shards.subList(1, shards.size())) {
            sameSweep(first, s);
        }
        int n = first.count();
        ShardFolder[] byIndex = new ShardFolder[n];
        for (ShardFolder s : shards) {
            ShardFolder earlier = byIndex[s.index()];
            if (earlier != null) {
                throw new MergeRefusedException("shard " + s.index() + "/" + n + " is given twice: " + earlier.folder()
                        + " and " + s.folder() + (earlier.folder().equals(s.folder()) ? " (the same folder)" : "")
                        + "; give each shard folder once");
            }
            byIndex[s.index()] = s;
        }
        List<Integer> missing = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (byIndex[k] == null) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            String named = list(missing);
            throw new MergeRefusedException((missing.size() == 1 ? "shard " + named + " of " + n + " is"
                    : "shards " + named + " of " + n + " are") + " missing; give all " + n + " shard folders, or run"
                    + " the missing ones first (negsim sweep --shard K/" + n + "; on Slurm sbatch --array="
                    + named.replace(", ", ",") + " with the same arguments)");
        }
        return List.of(byIndex);
    }

    private static void sameSweep(ShardFolder a, ShardFolder b) throws MergeRefusedException {
        String prefix = b.folder() + " and " + a.folder() + " are not shards of the same sweep: ";
        String shaA = string(a.manifest().get("scenarioSha256"));
        String shaB = string(b.manifest().get("scenarioSha256"));
        if (!Objects.equals(shaA, shaB)) {
            throw new MergeRefusedException(prefix + "different scenario files (SHA-256 " + shaB + " and " + shaA + ")");
        }
        JsonElement tablesA = a.manifest().get("scenarioTables");
        JsonElement tablesB = b.manifest().get("scenarioTables");
        if (!Objects.equals(tablesA, tablesB)) {
            throw new MergeRefusedException(prefix + "different scenario tables (" + (tablesB == null ? "none" : tablesB)
                    + " and " + (tablesA == null ? "none" : tablesA) + ")");
        }
        JsonElement seedA = a.manifest().get("masterSeed");
        JsonElement seedB = b.manifest().get("masterSeed");
        if (!Objects.equals(seedA, seedB)) {
            throw new MergeRefusedException(prefix + "different master seeds (" + seedB + " and " + seedA + ")");
        }
        String versionA = string(a.manifest().get("engineVersion"));
        String versionB = string(b.manifest().get("engineVersion"));
        if (!Objects.equals(versionA, versionB)) {
            throw new MergeRefusedException(prefix + "different negsim versions (" + versionB + " and " + versionA
                    + "), whose rows may differ; re-run the shards with one version");
        }
        String commitA = string(a.manifest().get("gitCommit"));
        String commitB = string(b.manifest().get("gitCommit"));
        if (commitA != null && commitB != null && !commitA.equals(commitB)) {
            throw new MergeRefusedException(prefix + "built from different git commits (" + commitB + " and "
                    + commitA + "), whose rows may differ; re-run the shards with one build");
        }
        if (a.count() != b.count()) {
            throw new MergeRefusedException(prefix + "different shard counts (shard " + b.index() + "/" + b.count()
                    + " and " + a.index() + "/" + a.count() + ")");
        }
        JsonObject designA = withoutIndex(a.design());
        JsonObject designB = withoutIndex(b.design());
        if (!designA.equals(designB)) {
            throw new MergeRefusedException(prefix + "different designs (" + designB + " and " + designA
                    + "); the shards need the same --vary, --design, --samples, --replications and --record");
        }
    }

    /** The design with {@code shard.index} removed (the only part that differs between shards). */
    static JsonObject withoutIndex(JsonObject design) {
        JsonObject copy = design.deepCopy();
        copy.getAsJsonObject("shard").remove("index");
        return copy;
    }

    /** {@code 1, 3, 5, …} with at most {@link #NAMED} numbers. */
    static String list(List<? extends Number> numbers) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(NAMED, numbers.size()); i++) {
            b.append(i == 0 ? "" : ", ").append(numbers.get(i));
        }
        return numbers.size() > NAMED ? b.append(", …").toString() : b.toString();
    }

    private static String string(JsonElement e) {
        return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
    }
}

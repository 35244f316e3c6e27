/**
 * {@code negsim merge}: joins the shard folders of a sweep run as {@code --shard K/N} (for example
 * the tasks of a Slurm job array) into one results folder whose tables are byte-identical to those
 * of the same sweep run on one machine.
 *
 * <p>{@link org.negsim.merge.Merge} checks first and writes second: the shards' manifests must
 * describe one sweep ({@link org.negsim.merge.ShardSet}), every shard must hold exactly its runs
 * ({@link org.negsim.merge.RunsCheck}); then each table is stream-merged in run order
 * ({@link org.negsim.merge.TableMerger}), run r coming from shard r mod N. Memory does not grow with
 * the number of runs. A refusal is a {@link org.negsim.merge.MergeRefusedException}.
 */
package org.negsim.merge;

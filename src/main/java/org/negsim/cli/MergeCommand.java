package org.negsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.negsim.merge.Merge;
import org.negsim.merge.MergeRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code negsim merge}: joins the shard folders of a sweep run with {@code --shard K/N} into one
 * results folder identical to that of the same sweep on one machine.
 */
@Command(header = "Join the shard folders of a sweep into one results folder.",
        name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Join the N shard folders of a sweep (negsim sweep --shard K/N) into one results folder",
            "whose tables are byte-identical to the same sweep run on one machine. Checks first that the",
            "shards share scenario (SHA-256), seed, design and N, and that no run is missing or duplicated."})
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHARD_DIR", arity = "1..*", description = "The shard folders, e.g. OUTDIR/shard-*.")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The merged results folder.")
    Path out;

    @Option(names = "--overwrite", description = "Replace an existing, non-empty results folder.")
    boolean overwrite;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Merge.Result result;
        try {
            result = Merge.run(shards, out, overwrite, spec.commandLine().getParseResult().originalArgs());
        } catch (MergeRefusedException e) {
            // a usage error like SweepRefusedException; handled here to keep ErrorHandler unchanged
            spec.commandLine().getErr().println("error: " + Terminal.safe(e.getMessage()));
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        if (!quiet) {
            var o = spec.commandLine().getOut();
            o.println("merged " + result.shards() + " shards, " + result.runs() + " runs ("
                    + String.join(", ", result.tables()) + ")");
            o.println("results: " + result.folder());
            o.flush();
        }
        return ExitCodes.OK;
    }
}

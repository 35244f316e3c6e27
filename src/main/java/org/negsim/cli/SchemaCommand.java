package org.negsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code negsim schema}: prints the JSON Schema (draft 2020-12) of scenario files, for editors that
 * autocomplete and check them. The schema is {@code docs/scenario.schema.json}, which the build
 * copies into the jar next to this class: one file, no second copy in the sources.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the JSON Schema (draft 2020-12) of scenario files.",
            "Save it (negsim schema > scenario.schema.json) and point your editor at it, or add",
            "\"$schema\": \"<path or URL of the schema>\" to a scenario. The schema checks structure,",
            "types, ranges and names; negsim validate also checks references between ids."})
final class SchemaCommand implements Callable<Integer> {

    /** Name of the schema resource, next to this class in the jar. */
    static final String RESOURCE = "scenario.schema.json";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text());
        out.flush();
        return ExitCodes.OK;
    }

    /** The schema as stored in the jar. */
    static String text() throws IOException {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the scenario schema is missing from the build (resource "
                        + SchemaCommand.class.getPackageName().replace('.', '/') + "/" + RESOURCE + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

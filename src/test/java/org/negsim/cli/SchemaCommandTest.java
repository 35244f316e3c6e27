package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {

    private static final Path DOCS_SCHEMA = Path.of("docs/scenario.schema.json");

    @Test
    void printsTheSchemaOfTheDocsByteForByte() throws IOException {
        Cli.Result r = Cli.execute("schema");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        assertEquals(Files.readString(DOCS_SCHEMA), r.out());
    }

    @Test
    void theJarsResourceIsTheDocsFile() throws IOException {
        assertEquals(Files.readString(DOCS_SCHEMA), SchemaCommand.text());
    }

    @Test
    void printsADraft202012Schema() {
        String out = Cli.execute("schema").out();
        assertTrue(out.startsWith("{"), out.substring(0, Math.min(40, out.length())));
        assertTrue(out.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    }

    @Test
    void helpSaysHowToUseIt() {
        Cli.Result r = Cli.execute("schema", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("Print the JSON Schema (draft 2020-12) of scenario files."), r.out());
    }

    @Test
    void takesNoArguments() {
        Cli.Result r = Cli.execute("schema", "extra");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: Unmatched argument"), r.err());
    }
}

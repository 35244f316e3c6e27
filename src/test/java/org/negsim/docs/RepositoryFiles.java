package org.negsim.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository's own files, read from the folder Maven runs the tests in (the project's root). */
final class RepositoryFiles {

    private static final Pattern POM_VERSION =
            Pattern.compile("<artifactId>negsim</artifactId>\\s*<version>([^<]+)</version>");

    private RepositoryFiles() {
    }

    static String read(String relative) throws IOException {
        return Files.readString(Path.of(relative), StandardCharsets.UTF_8);
    }

    /** The project's {@code <version>} in pom.xml. */
    static String pomVersion() throws IOException {
        Matcher m = POM_VERSION.matcher(read("pom.xml"));
        if (!m.find()) {
            throw new AssertionError("pom.xml has no <version> after <artifactId>negsim</artifactId>");
        }
        return m.group(1).trim();
    }
}

package org.negsim.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.negsim.io.BuildInfo;

/** One licence, said the same way in LICENSE, pom.xml, the README and the code; every dependency listed. */
class LicenceTest {

    @Test
    void licenseFileIsTheApacheLicenceVersionTwo() throws Exception {
        String text = RepositoryFiles.read("LICENSE");
        assertTrue(text.strip().startsWith("Apache License\n                           Version 2.0, January 2004"),
                "LICENSE does not start as the Apache License 2.0 does");
        assertTrue(text.contains("END OF TERMS AND CONDITIONS"), "LICENSE is cut short");
        assertEquals("Apache-2.0", BuildInfo.LICENSE);
    }

    @Test
    void pomDeclaresTheLicence() throws Exception {
        Matcher m = Pattern.compile("(?s)<licenses>\\s*<license>\\s*<name>([^<]+)</name>").matcher(
                RepositoryFiles.read("pom.xml"));
        assertTrue(m.find(), "pom.xml declares no <licenses>");
        assertEquals(BuildInfo.LICENSE, m.group(1));
    }

    @Test
    void readmeSaysTheLicence() throws Exception {
        assertTrue(RepositoryFiles.read("README.md").contains("Licensed under the Apache License 2.0 ([LICENSE](LICENSE))"),
                "README.md has no licence line");
    }

    /** Every dependency of pom.xml (the bench profile's too) has a row with its version in docs/licences.md. */
    @Test
    void everyDependencyHasALicenceRow() throws Exception {
        String pom = RepositoryFiles.read("pom.xml");
        String licences = RepositoryFiles.read("docs/licences.md");
        Matcher dep = Pattern.compile("(?s)<dependency>\\s*(?:<!--.*?-->\\s*)?<groupId>([^<]+)</groupId>\\s*"
                + "<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        List<String> missing = new ArrayList<>();
        int found = 0;
        while (dep.find()) {
            found++;
            String version = resolve(dep.group(3), pom);
            String row = "| " + dep.group(1) + ":" + dep.group(2) + " | " + version + " |";
            if (!licences.contains(row)) {
                missing.add(row);
            }
        }
        assertTrue(found >= 10, "read only " + found + " dependencies from pom.xml");
        assertTrue(missing.isEmpty(), "docs/licences.md has no row starting " + missing);
    }

    /** {@code ${name}} from the pom's properties, or the text itself. */
    private static String resolve(String version, String pom) {
        Matcher property = Pattern.compile("\\$\\{([^}]+)}").matcher(version);
        if (!property.matches()) {
            return version;
        }
        Matcher value = Pattern.compile("<" + Pattern.quote(property.group(1)) + ">([^<]+)<").matcher(pom);
        assertTrue(value.find(), "pom.xml has no property " + property.group(1));
        return value.group(1);
    }
}

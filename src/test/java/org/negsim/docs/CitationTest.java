package org.negsim.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.negsim.io.BuildInfo;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** CITATION.cff is valid Citation File Format 1.2.0 YAML, agrees with pom.xml, and the README cites it. */
class CitationTest {

    /** The top-level keys CFF 1.2.0 defines (its schema allows no others). */
    private static final Set<String> CFF_KEYS = Set.of("abstract", "authors", "cff-version", "commit", "contact",
            "date-released", "doi", "identifiers", "keywords", "license", "license-url", "message",
            "preferred-citation", "references", "repository", "repository-artifact", "repository-code", "title",
            "type", "url", "version");

    private static Map<String, Object> cff;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws Exception {
        Object doc = new Load(LoadSettings.builder().build()).loadFromString(RepositoryFiles.read("CITATION.cff"));
        cff = (Map<String, Object>) assertInstanceOf(Map.class, doc, "CITATION.cff is not a YAML mapping");
    }

    @Test
    void hasTheRequiredKeysAndOnlyKeysOfTheFormat() {
        for (String key : List.of("cff-version", "message", "title", "authors", "version", "date-released",
                "license", "repository-code", "abstract", "keywords")) {
            assertTrue(cff.containsKey(key), "CITATION.cff has no " + key);
        }
        Set<String> unknown = new TreeSet<>(cff.keySet());
        unknown.removeAll(CFF_KEYS);
        assertTrue(unknown.isEmpty(), "not CFF 1.2.0 keys: " + unknown);
        assertEquals("1.2.0", cff.get("cff-version"));
        assertEquals("software", cff.get("type"));
        for (String key : List.of("message", "title", "abstract")) {
            assertFalse(string(key).isBlank(), key);
        }
    }

    @Test
    void versionIsThePomsVersion() throws Exception {
        assertInstanceOf(String.class, cff.get("version"), "quote the version, or YAML may read 1.0 as a number");
        assertEquals(RepositoryFiles.pomVersion(), cff.get("version"));
    }

    @Test
    void authorsAreTheDevelopersAsAnEntity() {
        List<?> authors = assertInstanceOf(List.class, cff.get("authors"));
        assertEquals(List.of(Map.of("name", "The negsim developers")), authors);
    }

    @Test
    void dateLicenceRepositoryAndKeywordsAreWellFormed() {
        LocalDate.parse(string("date-released"));
        assertEquals(BuildInfo.LICENSE, cff.get("license"));
        assertTrue(string("repository-code").matches("https://[^\\s]+"), string("repository-code"));
        List<?> keywords = assertInstanceOf(List.class, cff.get("keywords"));
        assertFalse(keywords.isEmpty());
        keywords.forEach(k -> assertInstanceOf(String.class, k));
    }

    /** The README's BibTeX entry is the one the CFF implies: same title, authors, version, year, month, url. */
    @Test
    void readmeCitesWhatTheCffSays() throws Exception {
        String readme = RepositoryFiles.read("README.md");
        Matcher block = Pattern.compile("(?s)## Cite\\n.*?```bibtex\\n(.*?)```").matcher(readme);
        assertTrue(block.find(), "README.md has no \"## Cite\" section with a ```bibtex block");
        LocalDate date = LocalDate.parse(string("date-released"));
        String expected = "@software{negsim,\n"
                + "  author  = {{The negsim developers}},\n"
                + "  title   = {" + string("title") + "},\n"
                + "  version = {" + string("version") + "},\n"
                + "  year    = {" + date.getYear() + "},\n"
                + "  month   = {" + date.getMonthValue() + "},\n"
                + "  url     = {" + string("repository-code") + "},\n"
                + "  license = {" + string("license") + "}\n"
                + "}\n";
        assertEquals(expected, block.group(1));
    }

    private static String string(String key) {
        return assertInstanceOf(String.class, cff.get(key), key);
    }
}

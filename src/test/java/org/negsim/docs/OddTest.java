package org.negsim.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/odd.md has every element of the ODD protocol (second update, Grimm et al. 2020) and no dead links. */
class OddTest {

    /** The protocol's seven elements, in order, as level-2 headings. */
    private static final List<String> ELEMENTS = List.of("1. Purpose and patterns",
            "2. Entities, state variables and scales", "3. Process overview and scheduling", "4. Design concepts",
            "5. Initialization", "6. Input data", "7. Submodels");

    /** The eleven design concepts, in the protocol's order, as level-3 headings under "4. Design concepts". */
    private static final List<String> CONCEPTS = List.of("Basic principles", "Emergence", "Adaptation",
            "Objectives", "Learning", "Prediction", "Sensing", "Interaction", "Stochasticity", "Collectives",
            "Observation");

    private static final Pattern HEADING = Pattern.compile("(?m)^(#{1,6}) +(.+?) *$");
    private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("<a id=\"([^\"]+)\"></a>");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]*)#([^)\\s]+)\\)");

    @Test
    void everyElementAndDesignConceptIsThereInOrder() throws Exception {
        String odd = RepositoryFiles.read("docs/odd.md");
        List<String> level2 = headings(odd, 2);
        assertEquals(ELEMENTS, level2);
        String concepts = section(odd, "## 4. Design concepts");
        assertEquals(CONCEPTS, headings(concepts, 3));
        for (String element : ELEMENTS) {
            String body = section(odd, "## " + element).replaceAll("(?m)^#.*$", "").strip();
            assertTrue(body.length() > 100, element + " is (nearly) empty");
        }
    }

    @Test
    void everyLinkedAnchorExists() throws Exception {
        String odd = RepositoryFiles.read("docs/odd.md");
        Matcher link = LINK.matcher(odd);
        Map<String, Set<String>> anchorsByFile = new HashMap<>();
        List<String> dead = new ArrayList<>();
        int modelLinks = 0;
        while (link.find()) {
            String file = link.group(1).isEmpty() ? "odd.md" : link.group(1);
            String target = "docs/" + file;
            modelLinks += file.equals("model.md") ? 1 : 0;
            Set<String> anchors = anchorsByFile.computeIfAbsent(target, f -> {
                try {
                    return anchors(RepositoryFiles.read(f));
                } catch (java.io.IOException e) {
                    throw new AssertionError("docs/odd.md links to " + f + ", which cannot be read", e);
                }
            });
            if (!anchors.contains(link.group(2))) {
                dead.add(file + "#" + link.group(2));
            }
        }
        assertTrue(modelLinks >= 20, "only " + modelLinks + " links into model.md");
        assertTrue(dead.isEmpty(), "anchors that do not exist: " + dead);
    }

    /** The slugger agrees with GitHub's on the headings this repository has (a check on the check). */
    @Test
    void anchorsAreGithubs() {
        Set<String> a = anchors("## Opinion dynamics (Friedkin–Johnsen)\n## Utility, gain, support\n"
                + "## Decisions\n## Decisions\n<a id=\"x-y\"></a>\n## `--vary` specs\n");
        assertEquals(Set.of("opinion-dynamics-friedkinjohnsen", "utility-gain-support", "decisions", "decisions-1",
                "x-y", "--vary-specs"), a);
    }

    /** Every anchor of a Markdown page: headings as GitHub slugs them (repeats numbered -1, -2, …), and explicit ids. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher h = HEADING.matcher(markdown.replaceAll("(?ms)^```.*?^```", ""));
        while (h.find()) {
            String slug = h.group(2).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                    .replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(n == 0 ? slug : slug + "-" + n);
        }
        Matcher a = EXPLICIT_ANCHOR.matcher(markdown);
        while (a.find()) {
            anchors.add(a.group(1));
        }
        return anchors;
    }

    private static List<String> headings(String markdown, int level) {
        List<String> out = new ArrayList<>();
        Matcher h = HEADING.matcher(markdown);
        while (h.find()) {
            if (h.group(1).length() == level) {
                out.add(h.group(2));
            }
        }
        return out;
    }

    /** From the heading line to the next heading of the same or a higher level. */
    private static String section(String markdown, String headingLine) {
        int start = markdown.indexOf("\n" + headingLine + "\n");
        assertTrue(start >= 0, "no heading " + headingLine);
        int level = headingLine.indexOf(' ');
        Matcher next = Pattern.compile("(?m)^#{1," + level + "} ").matcher(markdown);
        int end = next.find(start + headingLine.length() + 1) ? next.start() : markdown.length();
        return markdown.substring(start + 1, end);
    }
}

package org.negsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code's layers, read from the sources: which package may use which, and what the model's
 * code never does. A dependency is any mention of {@code org.negsim.<package>.<Class>} outside
 * comments (imports, static imports and fully qualified names alike). The layer graph is
 * documented in {@code docs/model.md}, "Code layout".
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/negsim");

    /** The model's core: a run is a pure function of a scenario and a seed. */
    private static final Set<String> CORE = Set.of("model", "rules", "engine", "random");

    /** For each package, the packages it must not use. */
    private static final Map<String, Set<String>> FORBIDDEN = Map.of(
            "rules", Set.of("model", "engine"),
            "model", Set.of("engine"),
            "random", Set.of("model", "rules", "engine"),
            "stats", Set.of("engine", "model", "rules"),
            "sweep.design", Set.of("engine", "model", "rules"),
            "io", Set.of("model", "rules", "engine", "power", "record", "scenario"));

    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.negsim\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");

    /** Calls that print, exit, read the clock or draw unseeded randomness. */
    private static final Pattern IMPURE = Pattern.compile(
            "System\\s*\\.\\s*(out|err|exit|currentTimeMillis|nanoTime|console)\\b"
                    + "|\\.printStackTrace\\s*\\(|Runtime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*(halt|exit)"
                    + "|\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Year)\\s*\\.\\s*now\\s*\\("
                    + "|\\bClock\\s*\\.|\\bnew\\s+(java\\.util\\.)?Date\\s*\\(|\\bnew\\s+(java\\.util\\.)?Random\\s*\\("
                    + "|\\bMath\\s*\\.\\s*random\\s*\\(|\\bThreadLocalRandom\\b|\\bSecureRandom\\b"
                    + "|\\bjava\\.io\\.(File|FileWriter|FileOutputStream|PrintStream|PrintWriter)\\b"
                    + "|\\bFiles\\s*\\.\\s*(write|writeString|newBufferedWriter|newOutputStream|delete|move|copy|create\\w*)\\s*\\(");

    @Test
    void corePackagesUseOnlyTheCore() {
        Map<String, Set<String>> graph = graph();
        List<String> violations = new ArrayList<>();
        for (String pkg : CORE) {
            for (String used : graph.getOrDefault(pkg, Set.of())) {
                if (!CORE.contains(used)) {
                    violations.add(pkg + " uses " + used);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noPackageUsesWhatItsLayerForbids() {
        Map<String, Set<String>> graph = graph();
        List<String> violations = new ArrayList<>();
        FORBIDDEN.forEach((pkg, forbidden) -> graph.getOrDefault(pkg, Set.of()).stream()
                .filter(forbidden::contains).forEach(used -> violations.add(pkg + " uses " + used)));
        assertEquals(List.of(), violations);
    }

    @Test
    void thePackageGraphHasNoCycle() {
        assertEquals(List.of(), cycle(graph()));
    }

    @Test
    void theCoreNeverPrintsExitsReadsTheClockOrWritesFiles() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (CORE.contains(packageOf(file))) {
                violations.addAll(impureCalls(SOURCES.relativize(file).toString(), code(Files.readString(file))));
            }
        }
        assertEquals(List.of(), violations);
    }

    /** The checks above would catch what they are meant to (they are not vacuous). */
    @Test
    void theChecksSeeViolations() {
        String planted = "class X { void f() { System.out.println(1); long t = System.nanoTime();"
                + " var r = new Random(); java.time.Instant i = Instant.now(); Files.writeString(p, s); } }";
        assertEquals(5, impureCalls("X.java", code(planted)).size(), impureCalls("X.java", code(planted)).toString());
        assertEquals(List.of(), impureCalls("X.java", code("/* System.out.println */ String s = \"System.exit(1)\";"
                + " // Math.random()\n")));
        assertTrue(references(code("import org.negsim.io.CsvFile; /** {@link org.negsim.cli.Main} */")).contains("io"));
        assertEquals(Set.of("io"), references(code("import org.negsim.io.CsvFile; /** {@link org.negsim.cli.Main} */")));
        Map<String, Set<String>> cyclic = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"));
        assertEquals(List.of("a", "b", "c", "a"), cycle(cyclic));
        assertTrue(graph().get("engine").contains("model"), "the scan finds real dependencies");
    }

    private static List<String> impureCalls(String file, String code) {
        List<String> found = new ArrayList<>();
        Matcher m = IMPURE.matcher(code);
        while (m.find()) {
            int line = 1 + (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            found.add(file + ":" + line + ": " + m.group());
        }
        return found;
    }

    /** Package (relative to org.negsim, dotted) to the other packages it references. */
    private static Map<String, Set<String>> graph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Path file : javaFiles()) {
            String pkg = packageOf(file);
            Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
            try {
                for (String used : references(code(Files.readString(file)))) {
                    if (!used.equals(pkg)) {
                        uses.add(used);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return graph;
    }

    private static Set<String> references(String code) {
        Set<String> found = new TreeSet<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** A cycle as a path that returns to its start, or an empty list. */
    private static List<String> cycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new TreeMap<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            List<String> path = new ArrayList<>();
            List<String> found = visit(start, graph, state, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state,
                                      List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return List.of();
        }
        if (s != null && s == 1) {
            List<String> loop = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            loop.add(node);
            return loop;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
            List<String> found = visit(next, graph, state, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return List.of();
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(Path file) {
        return SOURCES.relativize(file.getParent()).toString().replace('/', '.');
    }

    /**
     * The source with comments and the contents of string and character literals blanked (line
     * breaks kept, so that line numbers stay right).
     */
    static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            char next = i + 1 < n ? source.charAt(i + 1) : '\0';
            if (c == '/' && next == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && next == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                out.append("\"\"");
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(c).append(c);
                i = Math.min(n, j + 1);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}

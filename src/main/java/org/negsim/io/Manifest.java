package org.negsim.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The {@code manifest.json} of a results folder: what produced the results, so that they can be
 * reproduced and checked. Written as pretty-printed JSON with these keys, in this order:
 * <pre>
 *   engineVersion   negsim's version ({@link EngineVersion})
 *   scenarioFile    the scenario file's name (without folders)
 *   scenarioSha256  SHA-256 of the scenario file's bytes, lower-case hex
 *   scenarioTables  only when the scenario names CSV tables: [{member, file, sha256}], each table's
 *                   name as the scenario gives it and the SHA-256 of its bytes
 *   scenario        the resolved scenario tree (after --set), as validated
 *   commandLine     the arguments after "negsim", as given
 *   masterSeed      experiment.seed (a JSON integer; 64-bit)
 *   runSeed         the seed of the single run of "negsim run", null for a sweep
 *   design          a description of the design ({"type": "run"} for negsim run)
 *   runs            number of runs
 *   threads         number of worker threads
 *   startTime       UTC, ISO-8601 (e.g. 2025-01-31T12:00:00.123Z)
 *   endTime         UTC, ISO-8601; null while a sweep is running or after it was interrupted
 *   javaVersion     the Java runtime's version and vendor
 *   gitCommit       the git commit negsim was built from (40 hex digits); null for a build outside git
 *   gitDirty        true when that build had uncommitted changes; null with a null gitCommit
 *   license         negsim's licence, SPDX identifier ({@link BuildInfo#LICENSE})
 * </pre>
 *
 * @param runSeed     null for a sweep
 * @param actorsFrom  null when {@code scenario} is the whole tree; else where the members left out of
 *                    the tree are (a run that streamed them): the scenario file's top-level {@code actors}
 *                    array copied token by token, or a table's rows, in place of the tree's placeholder
 * @param tables      the CSV tables the scenario names (empty for none)
 * @param build       the code's provenance: this build's ({@link BuildInfo#current()}) unless the results
 *                    were produced by another (a merge keeps its shards')
 */
public record Manifest(String engineVersion, String scenarioFile, String scenarioSha256, JsonObject scenario,
                       List<String> commandLine, long masterSeed, Long runSeed, JsonElement design, long runs,
                       int threads, Instant startTime, Instant endTime, String javaVersion, MemberSource actorsFrom,
                       List<Table> tables, BuildInfo build) {

    /** Members of a scenario written into the manifest from where they are rather than from the tree. */
    public interface MemberSource {
        /** Whether this source writes the top-level member {@code member}. */
        boolean provides(String member);

        /**
         * Writes the member's value.
         *
         * @throws IOException also when its file no longer is what was read
         */
        void copy(String member, String scenarioSha256, JsonWriter out) throws IOException;

        /** How many actors the scenario has (decides the compact layout, see {@link #COMPACT_SCENARIO_ACTORS}). */
        int count();
    }

    /**
     * A table a scenario names for a member.
     *
     * @param member {@code actors} or {@code ties}
     * @param file   the table's path as the scenario gives it (relative to the scenario's folder)
     * @param sha256 SHA-256 of its bytes, lower-case hex
     */
    public record Table(String member, String file, String sha256) {
    }

    /**
     * Members of a scenario left in its file (the actors, and the ties when they follow them).
     *
     * @param file    the scenario file
     * @param members the top-level members copied from it
     * @param count   how many actors it has (decides the compact layout, see {@link #COMPACT_SCENARIO_ACTORS})
     */
    public record MembersInFile(Path file, Set<String> members, int count) implements MemberSource {
        /** Keeps an unmodifiable copy of {@code members}. */
        public MembersInFile {
            members = Set.copyOf(members);
        }

        @Override
        public boolean provides(String member) {
            return members.contains(member);
        }

        @Override
        public void copy(String member, String scenarioSha256, JsonWriter out) throws IOException {
            ScenarioFileCopy.copyMember(file, member, scenarioSha256, out);
        }
    }

    /** A manifest of results produced by this build. */
    public Manifest(String engineVersion, String scenarioFile, String scenarioSha256, JsonObject scenario,
                    List<String> commandLine, long masterSeed, Long runSeed, JsonElement design, long runs,
                    int threads, Instant startTime, Instant endTime, String javaVersion, MemberSource actorsFrom,
                    List<Table> tables) {
        this(engineVersion, scenarioFile, scenarioSha256, scenario, commandLine, masterSeed, runSeed, design, runs,
                threads, startTime, endTime, javaVersion, actorsFrom, tables, BuildInfo.current());
    }

    /** A manifest of results produced by this build, without tables. */
    public Manifest(String engineVersion, String scenarioFile, String scenarioSha256, JsonObject scenario,
                    List<String> commandLine, long masterSeed, Long runSeed, JsonElement design, long runs,
                    int threads, Instant startTime, Instant endTime, String javaVersion, MemberSource actorsFrom) {
        this(engineVersion, scenarioFile, scenarioSha256, scenario, commandLine, masterSeed, runSeed, design, runs,
                threads, startTime, endTime, javaVersion, actorsFrom, List.of());
    }

    /** A manifest of results produced by this build, whose scenario tree is complete. */
    public Manifest(String engineVersion, String scenarioFile, String scenarioSha256, JsonObject scenario,
                    List<String> commandLine, long masterSeed, Long runSeed, JsonElement design, long runs,
                    int threads, Instant startTime, Instant endTime, String javaVersion) {
        this(engineVersion, scenarioFile, scenarioSha256, scenario, commandLine, masterSeed, runSeed, design, runs,
                threads, startTime, endTime, javaVersion, null, List.of());
    }

    /** The file name in a results folder. */
    public static final String FILE_NAME = "manifest.json";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeNulls().create();

    /** The running Java's version and vendor, e.g. {@code 17.0.15 (Debian)}. */
    public static String currentJavaVersion() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }

    /** SHA-256 of a file's bytes as 64 lower-case hex digits ({@link Sha256#of}). */
    public static String sha256(Path file) throws IOException {
        return Sha256.of(file);
    }

    /**
     * The manifest as a JSON object, keys in the documented order. The scenario and design trees
     * are shared, not copied (a scenario may hold a million actors): do not modify the result.
     * With {@link #actorsFrom} set, the scenario's {@code actors} are not in it (only {@link #writeTo} copies them).
     */
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("engineVersion", engineVersion);
        o.addProperty("scenarioFile", scenarioFile);
        o.addProperty("scenarioSha256", scenarioSha256);
        if (tables != null && !tables.isEmpty()) {
            JsonArray t = new JsonArray();
            for (Table table : tables) {
                JsonObject e = new JsonObject();
                e.addProperty("member", table.member());
                e.addProperty("file", table.file());
                e.addProperty("sha256", table.sha256());
                t.add(e);
            }
            o.add("scenarioTables", t);
        }
        o.add("scenario", scenario == null ? JsonNull.INSTANCE : scenario);
        JsonArray args = new JsonArray();
        commandLine.forEach(args::add);
        o.add("commandLine", args);
        o.addProperty("masterSeed", masterSeed);
        o.addProperty("runSeed", runSeed);
        o.add("design", design == null ? JsonNull.INSTANCE : design);
        o.addProperty("runs", runs);
        o.addProperty("threads", threads);
        o.addProperty("startTime", startTime.toString());
        o.addProperty("endTime", endTime == null ? null : endTime.toString());
        o.addProperty("javaVersion", javaVersion);
        o.addProperty("gitCommit", build.gitCommit());
        o.addProperty("gitDirty", build.gitDirty());
        o.addProperty("license", build.license());
        return o;
    }

    /**
     * Writes {@code manifest.json} into {@code folder} atomically: to a temporary file in the same
     * folder, then renamed over the final name, so a reader never sees a partial manifest.
     *
     * @throws IOException also when {@link #actorsFrom} no longer has {@link #scenarioSha256} (changed since read)
     */
    public void writeTo(Path folder) throws IOException {
        Path tmp = folder.resolve("." + FILE_NAME + ".tmp-" + ProcessHandle.current().pid());
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                write(w);
                w.write("\n");
            }
            Files.move(tmp, folder.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Scenarios with more actors than this are embedded without indentation: pretty-printing a
     * million-actor tree would nearly double the manifest (to about twice the scenario file).
     */
    static final int COMPACT_SCENARIO_ACTORS = 10_000;

    /** Streams the manifest: pretty-printed, the scenario compact when it is large. */
    private void write(Writer w) throws IOException {
        JsonWriter out = new JsonWriter(w);
        out.setIndent("  ");
        out.setHtmlSafe(false);
        out.setSerializeNulls(true);
        out.beginObject();
        for (var entry : toJson().entrySet()) {
            out.name(entry.getKey());
            JsonElement value = entry.getValue();
            boolean scenario = entry.getKey().equals("scenario") && value.isJsonObject();
            if (scenario && (actorsFrom != null || isLarge(value))) {
                writeScenario(out, value.getAsJsonObject(),
                        actorsFrom == null || actorsFrom.count() > COMPACT_SCENARIO_ACTORS);
            } else {
                GSON.toJson(entry.getValue(), out);
            }
        }
        out.endObject();
        out.flush();
    }

    /**
     * The scenario object; {@code compact}: its members on the key's line without indentation (the
     * key's line itself is indented as usual: JsonWriter writes a name with its value).
     */
    private void writeScenario(JsonWriter out, JsonObject scenario, boolean compact) throws IOException {
        out.beginObject();
        if (compact) {
            out.setIndent("");
        }
        for (var member : scenario.entrySet()) {
            out.name(member.getKey());
            if (actorsFrom != null && actorsFrom.provides(member.getKey())) {
                actorsFrom.copy(member.getKey(), scenarioSha256, out);
            } else {
                GSON.toJson(member.getValue(), out);
            }
        }
        out.endObject();
        out.setIndent("  ");
    }

    private static boolean isLarge(JsonElement scenario) {
        if (!scenario.isJsonObject()) {
            return false;
        }
        JsonElement actors = scenario.getAsJsonObject().get("actors");
        return actors != null && actors.isJsonArray() && actors.getAsJsonArray().size() > COMPACT_SCENARIO_ACTORS;
    }

    /**
     * The CSV tables a read manifest records ({@code scenarioTables}), in its order; empty when it has
     * none (a scenario without tables, or a manifest written before tables existed).
     *
     * @throws DamagedResultsException when {@code scenarioTables} is present but not a list of
     *                                 {member, file, sha256} strings
     */
    public static List<Table> tablesOf(JsonObject manifest, Path file) throws DamagedResultsException {
        JsonElement list = manifest.get("scenarioTables");
        if (list == null || list.isJsonNull()) {
            return List.of();
        }
        String damaged = file + ": not a negsim manifest (scenarioTables must be a list of {member, file, sha256})";
        if (!list.isJsonArray()) {
            throw new DamagedResultsException(damaged);
        }
        java.util.ArrayList<Table> tables = new java.util.ArrayList<>();
        for (JsonElement e : list.getAsJsonArray()) {
            if (!e.isJsonObject()) {
                throw new DamagedResultsException(damaged);
            }
            JsonObject o = e.getAsJsonObject();
            String[] fields = new String[3];
            String[] names = {"member", "file", "sha256"};
            for (int i = 0; i < names.length; i++) {
                JsonElement v = o.get(names[i]);
                if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
                    throw new DamagedResultsException(damaged);
                }
                fields[i] = v.getAsString();
            }
            tables.add(new Table(fields[0], fields[1], fields[2]));
        }
        return List.copyOf(tables);
    }

    /** Reads the {@code manifest.json} of a results folder as a JSON object (for resume and merge). */
    public static JsonObject read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new DamagedResultsException(file + ": not a negsim manifest (not UTF-8 text)");
        }
        try {
            JsonElement tree = JsonParser.parseString(text);
            if (!tree.isJsonObject()) {
                throw new DamagedResultsException(file + ": not a negsim manifest (not a JSON object)");
            }
            return tree.getAsJsonObject();
        } catch (com.google.gson.JsonParseException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("not JSON");
            throw new DamagedResultsException(file + ": not a negsim manifest (" + why + ")");
        }
    }
}

package org.negsim.scenario;

import com.google.gson.JsonObject;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.negsim.io.Manifest;
import org.negsim.io.Sha256;
import org.negsim.model.Scenario;

/**
 * Reads scenario files strictly and binds them to a validated {@link Scenario}.
 *
 * <p>Reading ({@link #readTree}) accepts exactly one JSON object in UTF-8 (a leading byte-order
 * mark is skipped), at most {@link #MAX_FILE_BYTES} bytes and {@link #MAX_DEPTH} levels deep,
 * without duplicate keys, NaN/Infinity, comments or trailing data. Binding ({@link #bind})
 * validates every field and resolves defaults (see {@code docs/scenario.md}). All errors are a
 * {@link ScenarioException} with a one-line message naming the JSON path; the first error stops.
 * Stateless and thread-safe.
 */
public final class ScenarioLoader {

    /** Largest scenario file accepted: 2 GiB (a 1,000,000-actor scenario is about 250 MB). */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;

    /** Deepest nesting of arrays and objects accepted; the top-level object is level 1. */
    public static final int MAX_DEPTH = StrictJsonReader.MAX_DEPTH;

    private ScenarioLoader() {
    }

    /**
     * Strict read of a UTF-8 file into a tree.
     *
     * @throws ScenarioException for syntax and strictness errors, non-UTF-8 bytes, or a file over the limit
     * @throws IOException       when the file is missing, unreadable or a folder
     */
    public static JsonObject readTree(Path file) throws ScenarioException, IOException {
        return readTree(file, MAX_FILE_BYTES);
    }

    /** {@link #readTree(Path)} with another size limit (for tests). */
    static JsonObject readTree(Path file, long maxBytes) throws ScenarioException, IOException {
        JsonObject tree = read(file, maxBytes, null, null);
        ScenarioTables tables = ScenarioTables.of(file, tree);
        if (!tables.isEmpty()) {
            // the tables' rows become the lists they stand for; checked here, where an error can name table:line
            tables.materialize(tree);
            bindTranslated(tables, () -> ScenarioBinder.bind(tree));
        }
        return tree;
    }

    /** A bind whose errors name table:line for actors and ties read from tables. */
    private static Scenario bindTranslated(ScenarioTables tables, Binding binding) throws ScenarioException, IOException {
        try {
            return binding.bind();
        } catch (ScenarioException e) {
            throw tables.translate(e);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private interface Binding {
        Scenario bind() throws ScenarioException;
    }

    /**
     * A scenario file read for one run, with every assignment applied and validated.
     *
     * @param scenario       the bound scenario
     * @param tree           the file's tree after the assignments; when {@code actorsStreamed}, its
     *                       {@code actors} member is an empty array and the actors are those of the file
     *                       (and so are its {@code ties} when {@code streamedFrom} provides them)
     * @param actorsStreamed whether the actors were bound as they were read instead of kept in the tree
     * @param sha256         SHA-256 of the bytes read, lower-case hex
     * @param tables         the CSV tables the scenario names, with the SHA-256 of the bytes read
     * @param streamedFrom   where the members left out of the tree are, for the manifest, or null
     * @param variants       binds a variant of {@code tree} (a copy with other values of the behaviour or
     *                       the stages) with the file's actors and ties, as a sweep binds a design point;
     *                       for a streamed load only when it was asked for ({@link #loadForVariants}), else
     *                       it fails on the empty actors; one bind at a time (not thread-safe)
     */
    public record Loaded(Scenario scenario, JsonObject tree, boolean actorsStreamed, String sha256,
                         List<Manifest.Table> tables, Manifest.MemberSource streamedFrom, Binder variants) {
    }

    /** Binds a scenario tree. */
    @FunctionalInterface
    public interface Binder {
        /** The validated scenario of {@code tree}, which it never mutates. */
        Scenario bind(JsonObject tree) throws ScenarioException;
    }

    /**
     * Reads, applies {@code assignments} in order and binds, like {@link #readTree}, {@link
     * ParameterPaths#set} and {@link #bind}, with the same first error, but without a tree of the
     * actors when it can: when {@code issues} precede {@code actors} in the file and no assignment
     * addresses {@code actors} or {@code issues}, each actor is bound as soon as it is read.
     * Memory then grows with the bound scenario, not with the file's tree (about a sixth). A file
     * whose {@code experiment} varies actors or issues is read again as a tree: its paths are
     * checked against the actors.
     */
    public static Loaded load(Path file, List<Assignment> assignments)
            throws ScenarioException, IOException {
        return load(file, assignments, List.of());
    }

    /**
     * {@link #load(Path, List)} with the {@code --measure} options' measures appended to the tree's
     * {@code measures} list after the assignments; an error in one of them names the option.
     */
    public static Loaded load(Path file, List<Assignment> assignments, List<MeasureOption> measures)
            throws ScenarioException, IOException {
        return load(file, assignments, measures, false);
    }

    /**
     * {@link #load(Path, List)} without assignments, keeping what {@link Loaded#variants} needs to bind
     * variants of the tree without reading the file again (the actors as first read, before the
     * behaviour's defaults): how {@code validate} checks an experiment's values in the memory of a run.
     */
    public static Loaded loadForVariants(Path file) throws ScenarioException, IOException {
        return load(file, List.of(), List.of(), true);
    }

    private static Loaded load(Path file, List<Assignment> assignments, List<MeasureOption> measures,
                               boolean forVariants) throws ScenarioException, IOException {
        boolean streamable = true;
        for (Assignment a : assignments) {
            String top = ParameterPaths.topKey(a.path());
            streamable &= top != null && !top.equals("actors") && !top.equals("issues");
        }
        StreamedActors sink = streamable ? new StreamedActors(forVariants) : null;
        MessageDigest digest = Sha256.newDigest();
        JsonObject tree = read(file, MAX_FILE_BYTES, sink, digest);
        ScenarioTables tables = ScenarioTables.of(file, tree);
        if (tables.table("actors") != null) {
            return loadWithTables(file, tree, assignments, streamable && !variesActorsOrIssues(tree), tables,
                    Sha256.hex(digest), measures, forVariants);
        }
        if (!tables.isEmpty()) {
            // a ties table beside JSON actors: its rows join the tree
            tables.materialize(tree);
        }
        if (sink != null && sink.bound() && variesActorsOrIssues(tree)) {
            sink = null;
            digest = Sha256.newDigest();
            tree = read(file, MAX_FILE_BYTES, null, digest);
            if (!tables.isEmpty()) {
                tables.materialize(tree);
            }
        }
        for (Assignment a : assignments) {
            ParameterPaths.set(tree, a.path(), a.rawValue());
        }
        int inFile = MeasureOption.append(tree, measures);
        String sha256 = Sha256.hex(digest);
        StreamedActors streamed = sink;
        JsonObject whole = tree;
        try {
            if (streamed != null && streamed.bound()) {
                Scenario scenario = bindTranslated(tables, () -> ScenarioBinder.bind(whole, streamed));
                Set<String> members = streamed.tiesStreamed() ? Set.of("actors", "ties") : Set.of("actors");
                return new Loaded(scenario, tree, true, sha256, tables.manifestTables(),
                        new Manifest.MembersInFile(file, members, scenario.actors().size()),
                        variant -> ScenarioBinder.bind(variant, streamed));
            }
            return new Loaded(bindTranslated(tables, () -> ScenarioBinder.bind(whole)), tree, false, sha256,
                    tables.manifestTables(), null, ScenarioBinder::bind);
        } catch (ScenarioException e) {
            throw MeasureOption.renamed(e, inFile, measures);
        }
    }

    /**
     * {@link #load(Path, List)} of a scenario whose actors are a table: streamed row by row into
     * the binder (and the ties too, when they are a table) when no assignment or varied path needs
     * the actors as a tree, else turned into the lists they stand for.
     */
    private static Loaded loadWithTables(Path file, JsonObject tree, List<Assignment> assignments,
                                         boolean streamable, ScenarioTables tables, String sha256,
                                         List<MeasureOption> measures, boolean forVariants)
            throws ScenarioException, IOException {
        if (!streamable) {
            tables.materialize(tree);
            for (Assignment a : assignments) {
                ParameterPaths.set(tree, a.path(), a.rawValue());
            }
            int inFile = MeasureOption.append(tree, measures);
            try {
                return new Loaded(bindTranslated(tables, () -> ScenarioBinder.bind(tree)), tree, false, sha256,
                        tables.manifestTables(), null, ScenarioBinder::bind);
            } catch (ScenarioException e) {
                throw MeasureOption.renamed(e, inFile, measures);
            }
        }
        StreamedActors sink = new StreamedActors(forVariants);
        java.util.Set<String> streamed = new java.util.HashSet<>();
        if (sink.begin(tree)) {
            tables.table("actors").read((row, index, line) -> sink.element(row, index));
            streamed.add("actors");
            ScenarioTables.Table ties = tables.table("ties");
            if (ties != null) {
                sink.ties(handler -> ScenarioTables.unchecked(() -> ties.read((row, index, line) -> handler.tie(row, index))));
                streamed.add("ties");
            }
        }
        for (Assignment a : assignments) {
            ParameterPaths.set(tree, a.path(), a.rawValue());
        }
        int inFile = MeasureOption.append(tree, measures);
        Scenario scenario;
        try {
            scenario = bindTranslated(tables, () -> ScenarioBinder.bind(tree, sink));
        } catch (ScenarioException e) {
            throw MeasureOption.renamed(e, inFile, measures);
        }
        return new Loaded(scenario, tree, true, sha256, tables.manifestTables(),
                new TableCopy(tables, streamed, scenario.actors().size()),
                variant -> {
                    try {
                        // the tables were read by the first bind; a variant only binds what it kept
                        return bindTranslated(tables, () -> ScenarioBinder.bind(variant, sink));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    /** Whether {@code experiment.vary} has a path into actors or issues (or one that is malformed). */
    private static boolean variesActorsOrIssues(JsonObject tree) {
        if (tree.get("experiment") instanceof JsonObject experiment && experiment.get("vary") instanceof JsonObject vary) {
            for (String path : vary.keySet()) {
                String top = ParameterPaths.topKey(path);
                if (top == null || top.equals("actors") || top.equals("issues")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @param digest null, or updated with every byte of the file */
    private static JsonObject read(Path file, long maxBytes, StreamedActors sink,
                                   MessageDigest digest) throws ScenarioException, IOException {
        if (Files.isDirectory(file)) {
            // reading a folder fails with a bare "Is a directory" that does not name it
            throw new FileSystemException(file.toString(), null, "is a folder, not a scenario file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a FIFO or a device can be read only once and not measured: negsim reads a scenario more than once
            throw new FileSystemException(file.toString(), null, "is not a regular file (a pipe, device or socket);"
                    + " save the scenario to a file first");
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new ScenarioException("$", "file is " + size + " bytes, over the limit of " + maxBytes + " bytes");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try (InputStream in = digest == null ? raw : new DigestInputStream(raw, digest);
             Reader reader = new InputStreamReader(in, decoder)) {
            Map<String, StrictJsonReader.ElementSink> sinks = sink == null ? Map.of()
                    : Map.of("actors", sink, "ties", sink.tieSink());
            JsonObject tree = StrictJsonReader.read(reader, (n, max) -> lineOf(file, n, max), sinks);
            in.transferTo(OutputStream.nullOutputStream());
            return tree;
        } catch (CharacterCodingException e) {
            throw new ScenarioException("$", "not valid UTF-8: " + locateBadUtf8(file));
        }
    }

    /** Strict read of JSON text into a tree (same rules as {@link #readTree}, minus the encoding). */
    public static JsonObject parseTree(String json) throws ScenarioException {
        try {
            return StrictJsonReader.read(new StringReader(json),
                    (n, max) -> json.lines().skip(n - 1L).findFirst().orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException("reading a string failed", e);
        }
    }

    /** Validates the whole tree and resolves defaults. Never mutates the tree. */
    public static Scenario bind(JsonObject tree) throws ScenarioException {
        return ScenarioBinder.bind(tree);
    }

    /** {@link #readTree} then {@link #bind}. */
    public static Scenario load(Path file) throws ScenarioException, IOException {
        return bind(readTree(file));
    }

    /**
     * The first {@code maxChars} characters of line {@code lineNumber} (lines end at '\n', a
     * trailing '\r' is kept), or null if the file has fewer lines. Never holds more than
     * {@code maxChars} characters, however long the lines: a 2 GB file on one line would not fit.
     */
    private static String lineOf(Path file, int lineNumber, int maxChars) throws IOException {
        try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            int c = 0;
            for (int line = 1; line < lineNumber; line++) {
                while ((c = r.read()) != '\n' && c >= 0) {
                    // skip the line without keeping it
                }
                if (c < 0) {
                    return null;
                }
            }
            StringBuilder b = new StringBuilder();
            while (b.length() < maxChars && (c = r.read()) >= 0 && c != '\n') {
                b.append((char) c);
            }
            return b.toString();
        }
    }

    /** "malformed byte sequence at line L, column C (byte offset N)" for the first bad byte. */
    private static String locateBadUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long consumed = 0;
        long line = 1;
        long column = 1;
        try (FileChannel ch = FileChannel.open(file)) {
            boolean eof = false;
            while (true) {
                if (!eof && ch.read(in) < 0) {
                    eof = true;
                }
                in.flip();
                int before = in.position();
                CoderResult result = decoder.decode(in, out, eof);
                out.flip();
                while (out.hasRemaining()) {
                    if (out.get() == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
                out.clear();
                if (result.isError()) {
                    long offset = consumed + in.position() - before;
                    return "malformed byte sequence at line " + line + ", column " + column + " (byte offset " + offset + ")";
                }
                consumed += in.position() - before;
                in.compact();
                if (eof && result.isUnderflow()) {
                    return "malformed byte sequence";
                }
            }
        }
    }
}

package org.negsim.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Which code a results folder came from, beyond {@link EngineVersion}: the git commit the build was
 * made from and negsim's licence. The build (pom.xml: {@code git rev-parse HEAD} and {@code git status}
 * run by the antrun plugin) writes the commit into the resource {@code org/negsim/io/git.properties}
 * when the project folder is the root of a git clone or worktree; a build outside git (a source
 * archive, or no git installed) writes it without a commit, and then the commit is null.
 *
 * @param gitCommit the full 40-hex-digit commit id, lower case; null when built outside git
 * @param gitDirty  true when the work tree had uncommitted changes to tracked files at build time (the
 *                  code is then that commit plus those changes); null when {@code gitCommit} is null
 * @param license   negsim's licence as an SPDX identifier ({@link #LICENSE})
 */
public record BuildInfo(String gitCommit, Boolean gitDirty, String license) {

    /** negsim's licence, SPDX identifier; the same as pom.xml, LICENSE and CITATION.cff (tested). */
    public static final String LICENSE = "Apache-2.0";

    /** The resource the build writes, relative to the class path root. */
    static final String RESOURCE = "/org/negsim/io/git.properties";

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    private static final BuildInfo CURRENT = load();

    /** This build's provenance; never null (its commit may be). */
    public static BuildInfo current() {
        return CURRENT;
    }

    private static BuildInfo load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            return read(in);
        } catch (IOException e) {
            return new BuildInfo(null, null, LICENSE);
        }
    }

    /** From the build's properties resource; {@code in} null (no such resource: built outside git) gives a null commit. */
    static BuildInfo read(InputStream in) throws IOException {
        if (in == null) {
            return new BuildInfo(null, null, LICENSE);
        }
        Properties p = new Properties();
        p.load(in);
        return fromProperties(p);
    }

    /**
     * From the properties the build writes ({@code git.commit.id.full}, {@code git.dirty}); a missing or
     * malformed commit gives null (and then {@code gitDirty} null too).
     */
    static BuildInfo fromProperties(Properties p) {
        String commit = p.getProperty("git.commit.id.full", "").trim().toLowerCase(Locale.ROOT);
        if (!COMMIT.matcher(commit).matches()) {
            return new BuildInfo(null, null, LICENSE);
        }
        String dirty = p.getProperty("git.dirty", "").trim();
        return new BuildInfo(commit, dirty.isEmpty() ? null : Boolean.valueOf(dirty), LICENSE);
    }

    /**
     * The provenance a manifest records (its {@code gitCommit}, {@code gitDirty} and {@code license});
     * each missing from a manifest written before negsim recorded them is null.
     */
    public static BuildInfo of(JsonObject manifest) {
        return new BuildInfo(string(manifest.get("gitCommit")), bool(manifest.get("gitDirty")),
                string(manifest.get("license")));
    }

    private static String string(JsonElement e) {
        return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    private static Boolean bool(JsonElement e) {
        return e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean() ? null : e.getAsBoolean();
    }
}

package org.negsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

    private static final String COMMIT = "d965b69de08bbff0dc7b7dc545bbde9d787d64f3";

    @Test
    void readsTheCommitAndTheDirtyFlagTheBuildWrote() throws Exception {
        String text = "#Generated\ngit.commit.id.full=" + COMMIT + "\ngit.dirty=true\n";
        BuildInfo b = BuildInfo.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(new BuildInfo(COMMIT, true, "Apache-2.0"), b);
    }

    @Test
    void aBuildOutsideGitHasNoResourceAndANullCommit() throws Exception {
        assertEquals(new BuildInfo(null, null, "Apache-2.0"), BuildInfo.read(null));
    }

    @Test
    void aMalformedOrAbbreviatedCommitIsNull() {
        for (String commit : new String[] {"", "d965b69", COMMIT + "0", "z".repeat(40), "${git.commit.id.full}"}) {
            Properties p = new Properties();
            p.setProperty("git.commit.id.full", commit);
            p.setProperty("git.dirty", "false");
            assertEquals(new BuildInfo(null, null, "Apache-2.0"), BuildInfo.fromProperties(p), commit);
        }
    }

    @Test
    void upperCaseHexIsTheSameCommitAndAMissingDirtyFlagIsUnknown() {
        Properties p = new Properties();
        p.setProperty("git.commit.id.full", COMMIT.toUpperCase());
        assertEquals(new BuildInfo(COMMIT, null, "Apache-2.0"), BuildInfo.fromProperties(p));
    }

    /**
     * These classes were built by Maven in the folder the tests run in: when that folder is a git clone,
     * the build recorded its HEAD (the build and the tests run in one Maven invocation); else nothing.
     */
    @Test
    void thisBuildRecordsTheCloneItWasBuiltFrom() throws Exception {
        String head = gitHead();
        BuildInfo current = BuildInfo.current();
        assertEquals(head, current.gitCommit());
        if (head != null) {
            assertNotNull(current.gitDirty());
        } else {
            assertNull(current.gitDirty());
        }
        assertEquals(BuildInfo.LICENSE, current.license());
    }

    @Test
    void readsTheProvenanceOfAManifestAndToleratesOldManifests() {
        JsonObject m = JsonParser.parseString("{\"gitCommit\":\"" + COMMIT + "\",\"gitDirty\":false,"
                + "\"license\":\"Apache-2.0\"}").getAsJsonObject();
        assertEquals(new BuildInfo(COMMIT, false, "Apache-2.0"), BuildInfo.of(m));
        assertEquals(new BuildInfo(null, null, null), BuildInfo.of(new JsonObject()));
        JsonObject nulls = JsonParser.parseString("{\"gitCommit\":null,\"gitDirty\":null,\"license\":\"Apache-2.0\"}")
                .getAsJsonObject();
        assertEquals(new BuildInfo(null, null, "Apache-2.0"), BuildInfo.of(nulls));
    }

    /** {@code git rev-parse HEAD} in the working folder; null without git or outside a clone. */
    private static String gitHead() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.getErrorStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}

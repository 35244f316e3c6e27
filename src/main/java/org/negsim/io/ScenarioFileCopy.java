package org.negsim.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;

/**
 * Copies one top-level member of a scenario file into a {@link JsonWriter} token by token, in
 * memory independent of its size: how a manifest embeds the actors of a run that never held them
 * as a tree. Numbers are copied as written and strings re-escaped as Gson writes them, so the
 * result is the text the same member gives when written from the file's tree.
 */
final class ScenarioFileCopy {

    private ScenarioFileCopy() {
    }

    /**
     * Writes the value of the file's top-level member {@code key} to {@code out}.
     *
     * @param expectedSha256 the SHA-256 (lower-case hex) the file had when it was read
     * @throws IOException when the file cannot be read, has no such member, or no longer has
     *                     {@code expectedSha256} (it changed since it was read: the copy would not be what ran)
     */
    static void copyMember(Path file, String key, String expectedSha256, JsonWriter out) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        boolean found = false;
        try (InputStream raw = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                digest);
             JsonReader in = new JsonReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            in.setStrictness(Strictness.STRICT);
            in.setNestingLimit(Integer.MAX_VALUE);
            in.beginObject();
            while (in.hasNext()) {
                if (in.nextName().equals(key) && !found) {
                    copyValue(in, out);
                    found = true;
                } else {
                    in.skipValue();
                }
            }
            in.endObject();
            raw.transferTo(OutputStream.nullOutputStream());
        } catch (MalformedJsonException | EOFException | IllegalStateException | NumberFormatException e) {
            // Gson's complaints about structure: the file is no longer the JSON that was read
            throw changed(file);
        }
        if (!found || !Sha256.hex(digest).equals(expectedSha256)) {
            throw changed(file);
        }
    }

    private static IOException changed(Path file) {
        return new IOException(file + " changed while negsim ran; its results were not kept");
    }

    /** Copies one value (a scalar, or an array or object with all it contains), without recursion. */
    private static void copyValue(JsonReader in, JsonWriter out) throws IOException {
        int depth = 0;
        do {
            JsonToken token = in.peek();
            switch (token) {
                case BEGIN_ARRAY -> {
                    in.beginArray();
                    out.beginArray();
                    depth++;
                }
                case END_ARRAY -> {
                    in.endArray();
                    out.endArray();
                    depth--;
                }
                case BEGIN_OBJECT -> {
                    in.beginObject();
                    out.beginObject();
                    depth++;
                }
                case END_OBJECT -> {
                    in.endObject();
                    out.endObject();
                    depth--;
                }
                case NAME -> out.name(in.nextName());
                case STRING -> out.value(in.nextString());
                case NUMBER -> out.jsonValue(in.nextString());
                case BOOLEAN -> out.value(in.nextBoolean());
                case NULL -> {
                    in.nextNull();
                    out.nullValue();
                }
                default -> throw new IOException("unexpected " + token + " in a scenario file");
            }
        } while (depth > 0);
    }
}

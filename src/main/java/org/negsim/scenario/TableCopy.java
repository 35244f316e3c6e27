package org.negsim.scenario;

import com.google.gson.Gson;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Set;
import org.negsim.io.Manifest;
import org.negsim.io.Sha256;

/**
 * Writes the members a run streamed from CSV tables into its manifest, as the JSON lists they
 * stand for, by reading each table again row by row; refuses a table that no longer has the
 * SHA-256 it had when it was read (the manifest would not describe what ran).
 */
final class TableCopy implements Manifest.MemberSource {

    private static final Gson GSON = new Gson();

    private final ScenarioTables tables;
    private final Set<String> members;
    private final int actors;

    /**
     * @param members the table members left out of the tree
     * @param actors  the scenario's number of actors
     */
    TableCopy(ScenarioTables tables, Set<String> members, int actors) {
        this.tables = tables;
        this.members = Set.copyOf(members);
        this.actors = actors;
    }

    @Override
    public boolean provides(String member) {
        return members.contains(member);
    }

    @Override
    public void copy(String member, String scenarioSha256, JsonWriter out) throws IOException {
        ScenarioTables.Table t = tables.table(member);
        MessageDigest digest = Sha256.newDigest();
        out.beginArray();
        try {
            TableRows.read(t.file, t.name, member.equals("actors") ? TableRows.Kind.ACTORS : TableRows.Kind.TIES,
                    digest, (row, index, line) -> GSON.toJson(row, out));
        } catch (ScenarioException e) {
            throw changed(t);
        }
        out.endArray();
        if (!Sha256.hex(digest).equals(t.sha256)) {
            throw changed(t);
        }
    }

    @Override
    public int count() {
        return actors;
    }

    private static IOException changed(ScenarioTables.Table t) {
        return new IOException(t.file + " changed while negsim ran; its results were not kept");
    }
}

package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The one declaration of the scenario's fields ({@link Schema}) against docs/scenario.schema.json:
 * the same required keys, and for every declared number the same type, bounds and default.
 */
class SchemaDeclarationTest {

    private static JsonObject schema() throws IOException {
        return JsonParser.parseString(Files.readString(Path.of("docs/scenario.schema.json"))).getAsJsonObject();
    }

    private static final Map<String, String> DEFS = Map.of("ISSUE", "issue", "ACTOR", "actor", "TIE", "tie",
            "BEHAVIOR", "behavior", "STAGE", "stage", "SUCCESS", "successCondition", "MEASURE", "measure");

    @Test
    void requiredKeysAreTheSchemas() throws IOException {
        JsonObject root = schema();
        assertEquals(required(root), required(Schema.TOP_OBJ), "TOP");
        for (Map.Entry<String, String> e : DEFS.entrySet()) {
            JsonObject def = root.getAsJsonObject("$defs").getAsJsonObject(e.getValue());
            assertEquals(required(def), required(Schema.OBJECTS.get(e.getKey())), e.getKey());
        }
    }

    @Test
    void everyDeclaredNumberHasTheSchemasTypeBoundsAndDefault() throws IOException {
        JsonObject defs = schema().getAsJsonObject("$defs");
        int checked = 0;
        for (Map.Entry<String, String> e : DEFS.entrySet()) {
            JsonObject props = defs.getAsJsonObject(e.getValue()).getAsJsonObject("properties");
            for (Schema.Field f : Schema.OBJECTS.get(e.getKey()).fields().values()) {
                if (f.domain() == null) {
                    continue;
                }
                String where = e.getKey() + "." + f.name();
                JsonObject p = props.getAsJsonObject(f.name());
                boolean integer = f.domain() == Schema.Domain.COUNT || f.domain() == Schema.Domain.ROUNDS;
                assertEquals(integer ? "integer" : "number", p.get("type").getAsString(), where);
                assertEquals(bound(f.domain(), "minimum"), value(p, "minimum"), where + " minimum");
                assertEquals(bound(f.domain(), "exclusiveMinimum"), value(p, "exclusiveMinimum"), where + " exclusiveMinimum");
                assertEquals(bound(f.domain(), "maximum"), value(p, "maximum"), where + " maximum");
                assertEquals(f.fallback().isPresent() ? f.fallback().getAsDouble() : null, value(p, "default"),
                        where + " default");
                checked++;
            }
        }
        assertTrue(checked >= 20, "checked " + checked + " numbers");
    }

    private static Double bound(Schema.Domain d, String which) {
        return switch (which) {
            case "minimum" -> switch (d) {
                case NON_NEGATIVE, UNIT, COUNT -> 0.0;
                case ROUNDS -> 1.0;
                default -> null;
            };
            case "exclusiveMinimum" -> d == Schema.Domain.POSITIVE ? Double.valueOf(0) : null;
            default -> switch (d) {
                case UNIT -> 1.0;
                case ROUNDS -> (double) Schema.MAX_ROUNDS;
                default -> null;
            };
        };
    }

    private static Double value(JsonObject p, String key) {
        JsonElement e = p.get(key);
        return e == null ? null : e.getAsDouble();
    }

    private static Set<String> required(JsonObject def) {
        Set<String> keys = new TreeSet<>();
        if (def.has("required")) {
            def.getAsJsonArray("required").forEach(k -> keys.add(k.getAsString()));
        }
        return keys;
    }

    private static Set<String> required(Schema.Obj obj) {
        Set<String> keys = new TreeSet<>();
        obj.fields().values().stream().filter(Schema.Field::required).forEach(f -> keys.add(f.name()));
        return keys;
    }
}

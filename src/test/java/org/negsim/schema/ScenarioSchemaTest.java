package org.negsim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.negsim.model.Behavior;
import org.negsim.rules.QualifiedMajority;
import org.negsim.scenario.ScenarioException;
import org.negsim.scenario.ScenarioLoader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/scenario.schema.json against the scenario corpus and against the scenario reader: it is a
 * valid draft 2020-12 schema; every shipped scenario and every file of src/test/resources/valid
 * passes it; every file of the broken corpus src/test/resources/invalid fails it, except those
 * whose mistake JSON Schema cannot express, listed in {@link #BEYOND_SCHEMA} with the reason — and
 * that list is exactly the set of broken files the schema accepts (all of which negsim rejects).
 * Its allowed keys are the reader's ({@code org.negsim.scenario.Schema}) and its defaults the model's.
 */
class ScenarioSchemaTest {

    private static final Path SCHEMA_FILE = Path.of("docs/scenario.schema.json");
    private static final Path INVALID = Path.of("src/test/resources/invalid");

    /** Broken-corpus files the schema accepts, because their mistake is beyond JSON Schema: file → why. */
    static final Map<String, String> BEYOND_SCHEMA = new TreeMap<>(Map.ofEntries(
            Map.entry("duplicate-key.json", "a duplicate key is gone once the text is parsed; JSON Schema sees one object"),
            Map.entry("duplicate-actor-id.json", "uniqueness of one property across array elements (uniqueItems compares whole items)"),
            Map.entry("duplicate-issue-id.json", "uniqueness of one property across array elements"),
            Map.entry("duplicate-stage-id.json", "uniqueness of one property across array elements"),
            Map.entry("experiment-unknown-vary-path.json", "a vary path must resolve against the scenario's data"),
            Map.entry("experiment-vary-unknown-actor.json", "a vary path must resolve against the scenario's data (actor ids)"),
            Map.entry("founder-not-member.json", "membership depends on the stage's selector and the actors' data"),
            Map.entry("founder-unknown.json", "a reference to an actor id defined elsewhere in the file"),
            Map.entry("home-is-firm-reference-typo.json", "a reference to an actor id defined elsewhere in the file"),
            Map.entry("home-itself.json", "comparing two values of one object (home and id)"),
            Map.entry("home-unknown.json", "a reference to an actor id defined elsewhere in the file"),
            Map.entry("initiator-unknown-actor.json", "a reference to an actor id defined elsewhere in the file"),
            Map.entry("members-unknown-group.json", "a reference to a group defined by the actors"),
            Map.entry("members-unknown-id.json", "a reference to an actor id defined elsewhere in the file"),
            Map.entry("members-unknown-kind.json", "a reference to a kind defined by the actors"),
            Map.entry("position-missing-issue.json", "the keys must be the issue ids defined elsewhere in the file"),
            Map.entry("position-unknown-issue.json", "the keys must be the issue ids defined elsewhere in the file"),
            Map.entry("qmv-default-weight-missing.json", "the weight name must be carried by some actor"),
            Map.entry("rule-unknown-weight.json", "the weight name must be carried by some actor"),
            Map.entry("salience-infinite-sum.json", "a sum over an object's values (each is finite, their sum is not)"),
            Map.entry("salience-missing-issue.json", "the keys must be the issue ids defined elsewhere in the file"),
            Map.entry("selector-selects-nothing.json", "whether a selector matches an actor depends on the actors' data"),
            Map.entry("success-unknown-weight.json", "the weight name must be carried by some actor"),
            Map.entry("text-missing-issue.json", "the keys must be the issue ids defined elsewhere in the file"),
            Map.entry("text-unknown-issue.json", "the keys must be the issue ids defined elsewhere in the file"),
            Map.entry("tie-to-itself.json", "comparing two values of one object (from and to)"),
            Map.entry("tie-unknown-actor.json", "a reference to an actor id defined elsewhere in the file"),
            Map.entry("utf16-file.json", "an encoding error: JSON Schema validates parsed JSON, not bytes"),
            Map.entry("vary-from-above-to.json", "comparing two values of one object (from and to)"),
            Map.entry("vary-grid-astronomically-large.json", "arithmetic on three values (the number of grid points)"),
            Map.entry("vary-range-min-not-below-max.json", "comparing two values of one object (min and max)")));

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static Schema schema;
    private static JsonNode schemaTree;

    @BeforeAll
    static void loadSchema() throws IOException {
        String text = Files.readString(SCHEMA_FILE);
        schemaTree = MAPPER.readTree(text);
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
    }

    /** The schema's errors for a file, or one pseudo-error when the file is not JSON at all. */
    static List<String> errors(Path file) throws IOException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JacksonException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            return List.of("not JSON: no value");
        }
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(tree)) {
            out.add(e.toString());
        }
        return out;
    }

    static Stream<Path> shippedAndValid() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            s.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
        }
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/valid"))) {
            s.forEach(files::add);
        }
        files.sort(null);
        return files.stream();
    }

    static Stream<Path> brokenCorpus() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(INVALID)) {
            s.filter(p -> !p.getFileName().toString().equals("expected.tsv")).forEach(files::add);
        }
        files.sort(null);
        return files.stream();
    }

    @Test
    void schemaIsAValidDraft202012Schema() {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(List.of(), meta.validate(schemaTree));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schemaTree.get("$schema").asString());
    }

    @ParameterizedTest
    @MethodSource("shippedAndValid")
    void shippedAndValidScenariosPass(Path file) throws IOException {
        assertEquals(List.of(), errors(file), file.toString());
    }

    @ParameterizedTest
    @MethodSource("brokenCorpus")
    void brokenScenariosFailUnlessTheirMistakeIsBeyondJsonSchema(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<String> errors = errors(file);
        if (BEYOND_SCHEMA.containsKey(name)) {
            assertEquals(List.of(), errors, name + " is listed as beyond JSON Schema (" + BEYOND_SCHEMA.get(name)
                    + ") but the schema rejects it: take it off the list");
        } else {
            assertTrue(!errors.isEmpty(), name + " is broken, negsim rejects it, but the schema accepts it");
        }
    }

    @Test
    void everyFileTheSchemaAcceptsIsListedAndNegsimRejectsIt() throws IOException {
        Set<String> corpus = new TreeSet<>();
        brokenCorpus().forEach(p -> corpus.add(p.getFileName().toString()));
        assertTrue(corpus.containsAll(BEYOND_SCHEMA.keySet()), "listed files missing from the corpus: "
                + new TreeSet<>(BEYOND_SCHEMA.keySet()).removeAll(corpus));
        for (String name : BEYOND_SCHEMA.keySet()) {
            Path file = INVALID.resolve(name);
            assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file),
                    name + " is in the corpus of broken scenarios but negsim accepts it");
        }
    }

    // ---- the schema mirrors the reader's keys and the model's defaults ----

    private static JsonNode def(String name) {
        return schemaTree.get("$defs").get(name);
    }

    private static Set<String> keys(JsonNode objectSchema) {
        Set<String> keys = new TreeSet<>();
        Iterator<String> it = objectSchema.get("properties").propertyNames().iterator();
        it.forEachRemaining(keys::add);
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static <T> T readerSchema(String field) throws ReflectiveOperationException {
        Field f = Class.forName("org.negsim.scenario.Schema").getDeclaredField(field);
        f.setAccessible(true);
        return (T) f.get(null);
    }

    @Test
    void everyObjectAllowsExactlyTheReadersKeys() throws ReflectiveOperationException {
        Map<String, JsonNode> objects = new LinkedHashMap<>();
        objects.put("TOP", schemaTree);
        objects.put("ISSUE", def("issue"));
        objects.put("ACTOR", def("actor"));
        objects.put("TIE", def("tie"));
        objects.put("BEHAVIOR", def("behavior"));
        objects.put("STAGE", def("stage"));
        objects.put("SUCCESS", def("successCondition"));
        objects.put("SELECTOR", def("selector").get("anyOf").get(2));
        objects.put("MEASURE", def("measure"));
        objects.put("EXPERIMENT", def("experiment"));
        objects.put("DESIGN", def("experiment").get("properties").get("design"));
        objects.put("GRID", def("varySpec").get("oneOf").get(1));
        objects.put("RANGE", def("varySpec").get("oneOf").get(2));
        for (Map.Entry<String, JsonNode> e : objects.entrySet()) {
            Set<String> expected = readerSchema(e.getKey());
            assertEquals(expected, keys(e.getValue()), e.getKey());
            assertTrue(e.getValue().get("additionalProperties").isBoolean()
                    && !e.getValue().get("additionalProperties").asBoolean(), e.getKey() + " must refuse unknown keys");
        }
    }

    @Test
    void everyRuleTypeAllowsExactlyTheReadersParameters() throws ReflectiveOperationException {
        Map<String, Set<String>> rules = readerSchema("RULES");
        Map<String, Set<String>> inSchema = new LinkedHashMap<>();
        for (JsonNode branch : def("rule").get("allOf")) {
            String type = branch.get("if").get("properties").get("type").get("const").asString();
            Set<String> allowed = new TreeSet<>();
            branch.get("then").get("propertyNames").get("enum").forEach(n -> allowed.add(n.asString()));
            inSchema.put(type, allowed);
        }
        assertEquals(rules, inSchema);
        Set<String> types = new TreeSet<>();
        def("rule").get("properties").get("type").get("enum").forEach(n -> types.add(n.asString()));
        assertEquals(new TreeSet<>(rules.keySet()), types);
    }

    @Test
    void behaviorDefaultsAreTheModels() {
        Behavior d = Behavior.defaults();
        JsonNode p = def("behavior").get("properties");
        assertEquals(d.distance().name().toLowerCase(java.util.Locale.ROOT), p.get("distance").get("default").asString());
        assertEquals(d.temperature(), p.get("temperature").get("default").asDouble());
        assertEquals(d.abstainBand(), p.get("abstainBand").get("default").asDouble());
        assertEquals(d.selfWeight(), p.get("selfWeight").get("default").asDouble());
        assertEquals(d.groupTieWeight(), p.get("groupTieWeight").get("default").asDouble());
        assertEquals(d.homeTieWeight(), p.get("homeTieWeight").get("default").asDouble());
        assertEquals(d.conformity(), p.get("conformity").get("default").asDouble());
        assertEquals(d.signCost(), p.get("signCost").get("default").asDouble());
        assertEquals(d.flexibility(), p.get("flexibility").get("default").asDouble());
    }

    @Test
    void qualifiedMajorityDefaultsAreTheEuCouncils() {
        QualifiedMajority eu = QualifiedMajority.euCouncil();
        JsonNode p = def("rule").get("properties");
        assertEquals(eu.memberQuota(), p.get("memberQuota").get("default").asDouble());
        assertEquals(eu.minMembers(), p.get("minMembers").get("default").asInt());
        assertEquals(eu.weightQuota(), p.get("weightQuota").get("default").asDouble());
        assertEquals(eu.blockingMinMembers(), p.get("blockingMinMembers").get("default").asInt());
        assertTrue(p.get("weight").get("description").asString().contains("\"" + eu.weight() + "\""));
    }

    @Test
    void everyPropertyIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        walk(schemaTree, "$", undescribed);
        if (!undescribed.isEmpty()) {
            fail("properties without a description: " + undescribed);
        }
    }

    /** Collects every property schema (in "properties" of an object schema with "type": "object") without a description. */
    private static void walk(JsonNode node, String where, List<String> undescribed) {
        if (node == null || !node.isObject()) {
            return;
        }
        JsonNode props = node.get("properties");
        boolean objectSchema = node.has("type") && node.get("type").isString()
                && "object".equals(node.get("type").asString());
        if (props != null && props.isObject() && objectSchema) {
            for (String k : props.propertyNames()) {
                JsonNode p = props.get(k);
                if (p.isObject() && !p.has("description") && !p.has("$ref")) {
                    undescribed.add(where + "." + k);
                }
            }
        }
        for (String k : node.propertyNames()) {
            JsonNode child = node.get(k);
            if (child.isObject()) {
                walk(child, where + "/" + k, undescribed);
            } else if (child.isArray()) {
                for (int i = 0; i < child.size(); i++) {
                    walk(child.get(i), where + "/" + k + "[" + i + "]", undescribed);
                }
            }
        }
    }
}

package org.negsim.scenario;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.negsim.model.Behavior;

/**
 * The one declaration of a scenario file's objects: for each kind of object its fields, each with
 * its type, its domain (range), whether it is required, its default and, for objects and lists,
 * the kind of object it holds. Read by the binders (keys, ranges, defaults), by
 * {@link ParameterPaths} (which keys exist, which hold lists or objects, what a list's elements
 * are called) and by the schema test, which checks docs/scenario.schema.json against it.
 */
final class Schema {

    /** What a field holds. */
    enum Type {
        /** A string, an id, a boolean or a number: a scalar that {@code --set} can address. */
        SCALAR,
        /** An object of a declared kind ({@link Field#of}). */
        OBJECT,
        /** A list; of objects of a declared kind when {@link Field#of} is set, else of scalars. */
        LIST,
        /** {@code "all"}, a list of ids or a selector object. */
        SELECTOR,
        /** A scalar or an object of a declared kind (a stage's {@code text}, an experiment's {@code vary} entries). */
        SCALAR_OR_OBJECT
    }

    /** The range of a number, checked by {@link #read}; the wording is {@link Fields}'. */
    enum Domain {
        /** Any finite number. */
        NUMBER,
        /** A number ≥ 0. */
        NON_NEGATIVE,
        /** A number &gt; 0. */
        POSITIVE,
        /** A number in [0, 1]. */
        UNIT,
        /** An integer ≥ 0. */
        COUNT,
        /** An integer in [1, {@link #MAX_ROUNDS}]. */
        ROUNDS;

        /**
         * Whether the finite number {@code d} is in this domain, as {@link #read} would find it; false
         * for the integer domains, which need the literal (read them with {@link #read}).
         */
        boolean accepts(double d) {
            return switch (this) {
                case NUMBER -> true;
                case NON_NEGATIVE -> d >= 0;
                case POSITIVE -> d > 0;
                case UNIT -> d >= 0 && d <= 1;
                case COUNT, ROUNDS -> false;
            };
        }

        /** {@code e} as a number of this domain, or the error worded as in docs/scenario.md. */
        double read(JsonElement e, String path) throws ScenarioException {
            return switch (this) {
                case NUMBER -> Fields.number(e, path);
                case NON_NEGATIVE -> Fields.nonNegative(e, path);
                case POSITIVE -> Fields.positive(e, path);
                case UNIT -> Fields.unit(e, path);
                case COUNT -> Fields.intAtLeast(e, path, 0);
                case ROUNDS -> Fields.integer(e, path, 1, MAX_ROUNDS);
            };
        }
    }

    /** Largest {@code rounds} of a stage. */
    static final int MAX_ROUNDS = 1_000_000;

    /**
     * One field of an object.
     *
     * @param name     its key
     * @param type     what it holds
     * @param required whether the object must have it
     * @param domain   the range of a number, or null when it is not a number
     * @param fallback the default of an absent number, or empty when there is none (or it is not a number)
     * @param of       the kind of object held (for {@link Type#OBJECT}, object lists and {@link Type#SCALAR_OR_OBJECT}), or null
     */
    record Field(String name, Type type, boolean required, Domain domain, OptionalDouble fallback, Obj of) {

        /** The value of this number in {@code o} (at the object's path {@code p}), or its default when absent. */
        double number(JsonObject o, String p) throws ScenarioException {
            JsonElement e = required ? Fields.required(o, p, name) : o.get(name);
            return e != null ? domain.read(e, Json.key(p, name)) : fallback.orElseThrow();
        }

        /** The value of this number in {@code o}, or empty when absent (its default comes from elsewhere). */
        OptionalDouble optional(JsonObject o, String p) throws ScenarioException {
            JsonElement e = o.get(name);
            return e == null ? OptionalDouble.empty() : OptionalDouble.of(domain.read(e, Json.key(p, name)));
        }
    }

    /**
     * A kind of object.
     *
     * @param noun   what one is called in messages ("actor")
     * @param fields its fields by key, in declaration order
     * @param open   whether keys other than the fields are allowed (an issue map, weights, vary)
     */
    record Obj(String noun, Map<String, Field> fields, boolean open) {

        /** The allowed keys, sorted. */
        Set<String> keys() {
            return Collections.unmodifiableSortedSet(new TreeSet<>(fields.keySet()));
        }

        /** The declared field {@code key}, or null. */
        Field field(String key) {
            return fields.get(key);
        }

        /** The field {@code key}, which must be declared. */
        Field get(String key) {
            Field f = fields.get(key);
            if (f == null) {
                throw new IllegalArgumentException(noun + " has no field " + key);
            }
            return f;
        }
    }

    /** Builds an object declaration field by field. */
    private static final class Builder {
        private final String noun;
        private final Map<String, Field> fields = new LinkedHashMap<>();

        Builder(String noun) {
            this.noun = noun;
        }

        Builder scalar(String name) {
            return add(new Field(name, Type.SCALAR, false, null, OptionalDouble.empty(), null));
        }

        Builder requiredScalar(String name) {
            return add(new Field(name, Type.SCALAR, true, null, OptionalDouble.empty(), null));
        }

        Builder number(String name, Domain domain) {
            return add(new Field(name, Type.SCALAR, false, domain, OptionalDouble.empty(), null));
        }

        Builder number(String name, Domain domain, double fallback) {
            return add(new Field(name, Type.SCALAR, false, domain, OptionalDouble.of(fallback), null));
        }

        Builder requiredNumber(String name, Domain domain) {
            return add(new Field(name, Type.SCALAR, true, domain, OptionalDouble.empty(), null));
        }

        Builder field(String name, Type type, boolean required, Obj of) {
            return add(new Field(name, type, required, null, OptionalDouble.empty(), of));
        }

        private Builder add(Field f) {
            fields.put(f.name(), f);
            return this;
        }

        Obj build() {
            return build(false);
        }

        Obj build(boolean open) {
            return new Obj(noun, Collections.unmodifiableMap(fields), open);
        }
    }

    private static Builder obj(String noun) {
        return new Builder(noun);
    }

    /** An object whose keys are the scenario's issue ids (position, salience, a stage's text). */
    static final Obj ISSUE_MAP = obj("issue value").build(true);
    /** An actor's weights: any weight name. */
    static final Obj WEIGHT_MAP = obj("weight").build(true);
    /** An object whose keys are not declared (an experiment's vary). */
    static final Obj FREE = obj("element").build(true);

    static final Obj ISSUE_OBJ = obj("issue").requiredScalar("id").scalar("label")
            .requiredNumber("statusQuo", Domain.UNIT).build();
    static final Obj ACTOR_OBJ = obj("actor").requiredScalar("id").scalar("name").requiredScalar("kind")
            .field("groups", Type.LIST, false, null).scalar("home")
            .field("position", Type.OBJECT, true, ISSUE_MAP).field("salience", Type.OBJECT, true, ISSUE_MAP)
            .number("capability", Domain.NON_NEGATIVE, 1.0).field("weights", Type.OBJECT, false, WEIGHT_MAP)
            .number("signCost", Domain.NUMBER).number("conformity", Domain.NUMBER)
            .number("flexibility", Domain.UNIT).number("temperature", Domain.NON_NEGATIVE)
            .number("availableFrom", Domain.COUNT, 1).build();
    static final Obj TIE_OBJ = obj("tie").requiredScalar("from").requiredScalar("to")
            .requiredNumber("weight", Domain.POSITIVE).build();
    static final Obj BEHAVIOR_OBJ;
    static final Obj SELECTOR_OBJ = obj("selector").field("kinds", Type.LIST, false, null)
            .field("groups", Type.LIST, false, null).field("ids", Type.LIST, false, null).build();
    static final Obj SUCCESS_OBJ = obj("condition").field("select", Type.SELECTOR, false, SELECTOR_OBJ)
            .number("minCount", Domain.COUNT).number("minFraction", Domain.UNIT).number("minShare", Domain.UNIT)
            .scalar("weight").build();
    /** Every rule parameter of any type (which type takes which: {@link #RULES}). */
    static final Obj RULE_OBJ = obj("rule").requiredScalar("type").scalar("abstentionBlocks").scalar("quota")
            .scalar("base").number("memberQuota", Domain.UNIT).number("minMembers", Domain.COUNT).scalar("weight")
            .number("weightQuota", Domain.UNIT).number("blockingMinMembers", Domain.COUNT).build();
    static final Obj STAGE_OBJ = obj("stage").requiredScalar("id").scalar("forum")
            .field("rule", Type.OBJECT, true, RULE_OBJ).field("members", Type.SELECTOR, false, SELECTOR_OBJ)
            .field("text", Type.SCALAR_OR_OBJECT, true, ISSUE_MAP).scalar("initiator")
            .requiredNumber("rounds", Domain.ROUNDS).number("concession", Domain.UNIT, 0)
            .field("founders", Type.LIST, false, null).field("success", Type.LIST, false, SUCCESS_OBJ)
            .number("entryIntoForceDelay", Domain.COUNT, 0).scalar("allowWithdrawal").scalar("when")
            .field("absent", Type.SELECTOR, false, SELECTOR_OBJ).build();
    static final Obj MEASURE_OBJ = obj("measure").requiredScalar("id").requiredScalar("stage")
            .field("of", Type.SELECTOR, false, SELECTOR_OBJ).requiredScalar("what").scalar("weight").build();
    static final Obj DESIGN_OBJ = obj("design").requiredScalar("type").scalar("samples").build();
    static final Obj GRID_OBJ = obj("grid").requiredScalar("from").requiredScalar("to").requiredScalar("step").build();
    static final Obj RANGE_OBJ = obj("range").requiredScalar("min").requiredScalar("max").build();
    static final Obj EXPERIMENT_OBJ = obj("experiment").scalar("seed").scalar("replications")
            .field("design", Type.OBJECT, false, DESIGN_OBJ).field("vary", Type.OBJECT, false, FREE).build();
    static final Obj TOP_OBJ;

    static {
        Behavior d = Behavior.defaults();
        BEHAVIOR_OBJ = obj("behavior").scalar("distance")
                .number("temperature", Domain.NON_NEGATIVE, d.temperature())
                .number("abstainBand", Domain.NON_NEGATIVE, d.abstainBand())
                .number("selfWeight", Domain.POSITIVE, d.selfWeight())
                .number("groupTieWeight", Domain.NON_NEGATIVE, d.groupTieWeight())
                .number("homeTieWeight", Domain.NON_NEGATIVE, d.homeTieWeight())
                .number("conformity", Domain.NUMBER, d.conformity())
                .number("signCost", Domain.NUMBER, d.signCost())
                .number("flexibility", Domain.UNIT, d.flexibility()).build();
        TOP_OBJ = obj("scenario").scalar("$schema").requiredScalar("name").scalar("description")
                .field("sources", Type.LIST, false, null).field("issues", Type.LIST, true, ISSUE_OBJ)
                .field("actors", Type.LIST, true, ACTOR_OBJ).field("ties", Type.LIST, false, TIE_OBJ)
                .field("behavior", Type.OBJECT, false, BEHAVIOR_OBJ).field("stages", Type.LIST, true, STAGE_OBJ)
                .field("measures", Type.LIST, false, MEASURE_OBJ)
                .field("experiment", Type.OBJECT, false, EXPERIMENT_OBJ).build();
    }

    // The allowed keys of each object, as the binders check them (and the schema test reads them).
    static final Set<String> TOP = TOP_OBJ.keys();
    static final Set<String> ISSUE = ISSUE_OBJ.keys();
    static final Set<String> ACTOR = ACTOR_OBJ.keys();
    static final Set<String> TIE = TIE_OBJ.keys();
    static final Set<String> BEHAVIOR = BEHAVIOR_OBJ.keys();
    static final Set<String> STAGE = STAGE_OBJ.keys();
    /** Stage keys that only open declarations take. */
    static final Set<String> OPEN_ONLY = sorted("founders", "success", "entryIntoForceDelay", "allowWithdrawal");
    /** Stage keys that only vote stages take. */
    static final Set<String> VOTE_ONLY = sorted("concession", "absent");
    static final Set<String> SUCCESS = SUCCESS_OBJ.keys();
    static final Set<String> MEASURE = MEASURE_OBJ.keys();
    static final Set<String> SELECTOR = SELECTOR_OBJ.keys();
    static final Set<String> EXPERIMENT = EXPERIMENT_OBJ.keys();
    static final Set<String> DESIGN = DESIGN_OBJ.keys();
    static final Set<String> GRID = GRID_OBJ.keys();
    static final Set<String> RANGE = RANGE_OBJ.keys();

    /** Rule type → its allowed keys (including {@code type}), in the order of docs/model.md. */
    static final Map<String, Set<String>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("consensus", sorted("type"));
        RULES.put("unanimity", sorted("type", "abstentionBlocks"));
        RULES.put("majority", sorted("type", "quota", "base"));
        RULES.put("qualified-majority", sorted("type", "memberQuota", "minMembers", "weight", "weightQuota",
                "blockingMinMembers"));
        RULES.put("weighted-majority", sorted("type", "weight", "quota"));
        RULES.put("open-declaration", sorted("type"));
    }

    /** Every declared kind of object with a fixed set of keys, by the name of its constant here (for the schema test). */
    static final Map<String, Obj> OBJECTS = Map.ofEntries(Map.entry("TOP", TOP_OBJ), Map.entry("ISSUE", ISSUE_OBJ),
            Map.entry("ACTOR", ACTOR_OBJ), Map.entry("TIE", TIE_OBJ), Map.entry("BEHAVIOR", BEHAVIOR_OBJ),
            Map.entry("STAGE", STAGE_OBJ), Map.entry("SUCCESS", SUCCESS_OBJ), Map.entry("MEASURE", MEASURE_OBJ),
            Map.entry("SELECTOR", SELECTOR_OBJ), Map.entry("EXPERIMENT", EXPERIMENT_OBJ),
            Map.entry("DESIGN", DESIGN_OBJ), Map.entry("GRID", GRID_OBJ), Map.entry("RANGE", RANGE_OBJ));

    private Schema() {
    }

    private static Set<String> sorted(String... keys) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(List.of(keys)));
    }
}

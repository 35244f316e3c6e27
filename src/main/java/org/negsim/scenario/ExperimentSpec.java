package org.negsim.scenario;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario's {@code experiment} block with defaults resolved.
 *
 * @param seed         master seed, an integer in [0, 2^53) (exact in R and spreadsheets); default 0
 * @param replications runs per design point, ≥ 1 (default 1)
 * @param designType   {@code grid} (default), {@code random}, {@code lhs} or {@code sobol}
 * @param samples      number of samples (≥ 1) for random, lhs and sobol; 0 for grid
 * @param vary         parameter path → how it varies, in file order (possibly empty)
 */
public record ExperimentSpec(long seed, int replications, String designType, int samples,
                             LinkedHashMap<String, VarySpec> vary) {

    /** The design types, in the order of docs/scenario.md. */
    public static final List<String> DESIGN_TYPES = List.of("grid", "random", "lhs", "sobol");

    /**
     * Reads and validates {@code experiment} of a scenario tree (defaults when the block is
     * absent). Every vary path must resolve against the tree ({@link ParameterPaths#check}).
     */
    public static ExperimentSpec of(JsonObject tree) throws ScenarioException {
        JsonElement e = tree.get("experiment");
        if (e == null) {
            return new ExperimentSpec(0, 1, "grid", 0, new LinkedHashMap<>());
        }
        String p = "$.experiment";
        JsonObject o = Fields.object(e, p);
        Fields.onlyKeys(o, p, Schema.EXPERIMENT);
        long seed = o.has("seed") ? Fields.integer(o.get("seed"), p + ".seed", 0, (1L << 53) - 1) : 0;
        int replications = o.has("replications") ? Fields.intAtLeast(o.get("replications"), p + ".replications", 1) : 1;
        String type = "grid";
        int samples = 0;
        if (o.has("design")) {
            String dp = p + ".design";
            JsonObject d = Fields.object(o.get("design"), dp);
            Fields.onlyKeys(d, dp, Schema.DESIGN);
            if (d.has("type")) {
                type = Fields.oneOf(d.get("type"), dp + ".type", DESIGN_TYPES);
            }
            if (type.equals("grid") && d.has("samples")) {
                throw new ScenarioException(dp + ".samples", "not allowed with \"type\": \"grid\"");
            }
            if (!type.equals("grid")) {
                if (!d.has("samples")) {
                    throw new ScenarioException(dp, "missing required key \"samples\" (needed by " + Json.quote(type) + ")");
                }
                samples = Fields.intAtLeast(d.get("samples"), dp + ".samples", 1);
            }
        }
        LinkedHashMap<String, VarySpec> vary = new LinkedHashMap<>();
        if (o.has("vary")) {
            JsonObject v = Fields.object(o.get("vary"), p + ".vary");
            for (Map.Entry<String, JsonElement> en : v.entrySet()) {
                String vp = p + ".vary[" + Json.quote(en.getKey()) + "]";
                VarySpec spec = VarySpec.of(en.getValue(), vp);
                checkCompatible(type, vp, spec);
                checkPath(tree, en.getKey(), vp);
                vary.put(en.getKey(), spec);
            }
        }
        return new ExperimentSpec(seed, replications, type, samples, vary);
    }

    /**
     * Checks that a vary spec suits the design: {@code grid} takes values or from/to/step;
     * {@code random}, {@code lhs} and {@code sobol} take min/max or values.
     *
     * @param where the path for the error message ({@code $.experiment.vary["p"]} or a {@code --vary} path)
     */
    public static void checkCompatible(String designType, String where, VarySpec spec) throws ScenarioException {
        if (designType.equals("grid") && spec instanceof VarySpec.Range) {
            throw new ScenarioException(where, "a \"grid\" design needs values or from/to/step, not min/max");
        }
        if (!designType.equals("grid") && spec instanceof VarySpec.Grid) {
            throw new ScenarioException(where, "a " + Json.quote(designType)
                    + " design needs min/max or values, not from/to/step");
        }
    }

    /** Checks that a vary path resolves; errors are reported at {@code where} with the path's own message. */
    static void checkPath(JsonObject tree, String path, String where) throws ScenarioException {
        try {
            ParameterPaths.check(tree, path);
        } catch (ScenarioException ex) {
            throw new ScenarioException(where, ex.getMessage());
        }
    }

    /**
     * This spec re-validated against a tree: design and samples consistent, every vary spec
     * suited to the design, every path resolving. For specs assembled from command-line overrides.
     */
    public ExperimentSpec checked(JsonObject tree) throws ScenarioException {
        if (!DESIGN_TYPES.contains(designType)) {
            throw new ScenarioException("--design", "must be one of \"grid\", \"random\", \"lhs\", \"sobol\", was "
                    + Json.quote(designType));
        }
        if (replications < 1) {
            throw new ScenarioException("--replications", "must be >= 1, was " + replications);
        }
        if (!designType.equals("grid") && samples < 1) {
            throw new ScenarioException("--samples", "must be >= 1 for a " + Json.quote(designType) + " design, was " + samples);
        }
        for (Map.Entry<String, VarySpec> en : vary.entrySet()) {
            checkCompatible(designType, en.getKey(), en.getValue());
            ParameterPaths.check(tree, en.getKey());
        }
        return this;
    }
}

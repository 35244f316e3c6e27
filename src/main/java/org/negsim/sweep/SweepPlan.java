package org.negsim.sweep;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.stream.LongStream;
import org.negsim.random.Seeds;
import org.negsim.model.Scenario;
import org.negsim.scenario.ExperimentSpec;
import org.negsim.scenario.ParameterPaths;
import org.negsim.scenario.ScenarioException;
import org.negsim.scenario.ScenarioLoader;
import org.negsim.scenario.VarySpec;
import org.negsim.sweep.design.Design;
import org.negsim.sweep.design.GridDesign;
import org.negsim.sweep.design.LatinHypercubeDesign;
import org.negsim.sweep.design.Parameter;
import org.negsim.sweep.design.RandomDesign;
import org.negsim.sweep.design.SaltelliDesign;

/**
 * What a sweep runs: the scenario tree, its design, replications and master seed, and the shard.
 * Runs are numbered {@code point × replications + replicate}; run r of point p and replicate i has
 * the seed {@link Seeds#forRun}(master, p, i). Immutable and thread-safe (every run works on its own
 * copy of the tree).
 */
public final class SweepPlan {

    /** Largest number of runs a sweep may have. */
    public static final long MAX_RUNS = 1L << 40;

    /** The most samples of a random, lhs or sobol design (they are held in memory: 4 bytes each per parameter). */
    public static final int MAX_SAMPLES = 10_000_000;

    private final JsonObject tree;
    private final ExperimentSpec experiment;
    private final Design design;
    private final Shard shard;
    private final Scenario firstPoint;
    private final boolean varyFromCommandLine;
    /** Binds the tree and its copies. */
    private final ScenarioLoader.Binder binder;

    private SweepPlan(JsonObject tree, ExperimentSpec experiment, Design design, Shard shard,
                      boolean varyFromCommandLine, ScenarioLoader.Binder binder) throws ScenarioException {
        this.varyFromCommandLine = varyFromCommandLine;
        this.binder = binder;
        this.tree = tree;
        this.experiment = experiment;
        this.design = design;
        this.shard = shard;
        this.firstPoint = scenarioAt(design.parameters().isEmpty() ? new JsonPrimitive[0] : design.point(0));
    }

    /**
     * Command-line overrides of the scenario's {@code experiment} block; null fields keep the file's.
     *
     * @param vary         {@code --vary PATH=SPEC}; when not empty they replace the file's whole {@code experiment.vary}
     * @param design       {@code --design}
     * @param samples      {@code --samples}
     * @param replications {@code --replications}
     */
    public record Overrides(Map<String, String> vary, String design, Integer samples, Integer replications) {
        /** No overrides. */
        public static final Overrides NONE = new Overrides(Map.of(), null, null, null);
    }

    /**
     * Builds and checks a plan. Every design point's values are checked against the scenario before
     * anything runs: every listed value, and for a range its two ends and its midpoint, is applied to
     * a copy of the tree and validated, so a long sweep never stops half-way on an invalid value.
     */
    public static SweepPlan create(JsonObject tree, Overrides overrides, Shard shard) throws ScenarioException {
        return create(tree, overrides, shard, ScenarioLoader::bind);
    }

    /**
     * {@link #create(JsonObject, Overrides, Shard)} binding the tree and its variants with
     * {@code binder}: {@code validate} passes one that keeps the actors a streamed read bound, so that
     * the tree need not hold them; the plan's {@link #scenarioAt} binds with it too, but its
     * {@link #tree()} then lacks the actors. Such a binder binds one tree at a time: a plan made with
     * it is for checking, not for running on several threads.
     */
    public static SweepPlan create(JsonObject tree, Overrides overrides, Shard shard, ScenarioLoader.Binder binder)
            throws ScenarioException {
        ExperimentSpec file = ExperimentSpec.of(tree);
        boolean fromCommandLine = !overrides.vary().isEmpty();
        LinkedHashMap<String, VarySpec> vary = new LinkedHashMap<>(fromCommandLine ? Map.of() : file.vary());
        for (Map.Entry<String, String> e : overrides.vary().entrySet()) {
            vary.put(e.getKey(), VarySpec.parse("--vary " + e.getKey(), e.getValue()));
        }
        checkDistinctScalars(tree, List.copyOf(vary.keySet()), fromCommandLine);
        String type = overrides.design() != null ? overrides.design() : file.designType();
        if (type.equals("grid") && overrides.samples() != null) {
            throw new ScenarioException("--samples", "applies to random, lhs and sobol designs only; the design is grid"
                    + " (give --design random, lhs or sobol)");
        }
        int samples = overrides.samples() != null ? overrides.samples()
                : type.equals(file.designType()) ? file.samples() : 0;
        if (type.equals("grid")) {
            samples = 0;
        }
        int replications = overrides.replications() != null ? overrides.replications() : file.replications();
        if (!type.equals("grid") && overrides.samples() == null && samples == 0) {
            throw new ScenarioException("--design " + type, "needs --samples N (the number of design points),"
                    + " given neither on the command line nor in the file's experiment.design");
        }
        if (samples > MAX_SAMPLES) {
            throw new ScenarioException(overrides.samples() != null ? "--samples" : "$.experiment.design.samples",
                    "must be in [1, " + MAX_SAMPLES + "], was " + samples
                    + " (a design holds its samples in memory; split a larger study into several sweeps)");
        }
        ExperimentSpec experiment = new ExperimentSpec(file.seed(), replications, type, samples, vary).checked(tree);
        List<Parameter> parameters = new ArrayList<>();
        Scenario base = binder.bind(tree);
        for (Map.Entry<String, VarySpec> e : vary.entrySet()) {
            String origin = origin(e.getKey(), fromCommandLine);
            refuseInert(e.getKey(), origin);
            Parameter p;
            try {
                p = parameter(e.getKey(), e.getValue());
            } catch (IllegalArgumentException invalid) {
                String detail = invalid.getMessage().substring(invalid.getMessage().indexOf(": ") + 2);
                String written = overrides.vary().get(e.getKey());
                if (written != null && detail.contains(", was ")) {
                    detail = detail.substring(0, detail.lastIndexOf(", was ")) + ", was " + written;
                }
                throw new ScenarioException(origin, detail);
            }
            checkValues(tree, base, p, origin, binder);
            parameters.add(p);
        }
        Design design = switch (type) {
            case "grid" -> new GridDesign(parameters);
            case "random" -> new RandomDesign(parameters, samples, file.seed());
            case "lhs" -> new LatinHypercubeDesign(parameters, samples, file.seed());
            case "sobol" -> {
                if (parameters.isEmpty()) {
                    throw new ScenarioException("--design", "a sobol design needs at least one varied parameter");
                }
                yield new SaltelliDesign(parameters, samples, file.seed());
            }
            default -> throw new IllegalStateException("unchecked design " + type);
        };
        if (design.size() > MAX_RUNS / replications) {
            throw new ScenarioException("--replications", "the sweep would have " + design.size() + " points × "
                    + replications + " replications, more than the limit of " + MAX_RUNS + " runs");
        }
        return new SweepPlan(tree, experiment, design, shard, fromCommandLine, binder);
    }

    /**
     * Refuses to vary a field that changes nothing of a run: the experiment block (seeds come from
     * the master seed and the run number, not from a varied value), the name, description, sources
     * and measures (they observe a run; varied, one measure_ column would mean different things).
     */
    private static void refuseInert(String path, String origin) throws ScenarioException {
        String top = path.split("[.\\[]", 2)[0];
        if (top.equals("experiment") || top.equals("name") || top.equals("description") || top.equals("sources")
                || top.equals("measures")) {
            throw new ScenarioException(origin, "varying " + path + " would change no run (only the stages, actors,"
                    + " issues, ties and behavior shape a run); vary another path; the experiment block is"
                    + " set in the file, or with --replications, --design and --samples");
        }
    }

    /** The design parameter a vary spec stands for. */
    static Parameter parameter(String path, VarySpec spec) {
        if (spec instanceof VarySpec.Values v) {
            return Parameter.values(path, v.values());
        }
        if (spec instanceof VarySpec.Grid g) {
            return Parameter.grid(path, BigDecimal.valueOf(g.from()), BigDecimal.valueOf(g.to()),
                    BigDecimal.valueOf(g.step()));
        }
        VarySpec.Range r = (VarySpec.Range) spec;
        return Parameter.range(path, r.min(), r.max());
    }

    /** Where a varied path was given: {@code --vary PATH} or its key in the file's {@code experiment.vary}. */
    static String origin(String path, boolean fromCommandLine) {
        return fromCommandLine ? "--vary " + path : "$.experiment.vary[\"" + path + "\"]";
    }

    /**
     * Refuses two paths that address a common scalar ({@code stages[0].concession} and
     * {@code stages[gge].concession}; {@code actors[USA].signCost} and
     * {@code actors[kind=state].signCost}): runs.csv would record a value that the other overwrote.
     */
    private static void checkDistinctScalars(JsonObject tree, List<String> paths, boolean fromCommandLine)
            throws ScenarioException {
        List<java.util.Set<Object>> scalars = new ArrayList<>();
        for (String path : paths) {
            java.util.Set<Object> mine;
            try {
                mine = ParameterPaths.scalars(tree, path);
            } catch (ScenarioException e) {
                continue; // reported with its origin by the experiment's own check
            }
            for (int k = 0; k < scalars.size(); k++) {
                if (!java.util.Collections.disjoint(scalars.get(k), mine)) {
                    throw new ScenarioException(origin(path, fromCommandLine), "addresses a scalar that "
                            + origin(paths.get(k), fromCommandLine) + " also varies; vary each scalar under one "
                            + "path only");
                }
            }
            scalars.add(mine);
        }
    }

    /**
     * @param origin where the spec was given, for the message: the JSON path in the file or the
     *               {@code --vary} option
     */
    private static void checkValues(JsonObject tree, Scenario base, Parameter p, String origin,
                                    ScenarioLoader.Binder binder) throws ScenarioException {
        List<JsonPrimitive> probes = new ArrayList<>();
        if (p.isRange()) {
            probes.add(new JsonPrimitive(p.min()));
            probes.add(new JsonPrimitive(p.max()));
            probes.add(new JsonPrimitive(p.min() + (p.max() - p.min()) / 2));
        } else {
            probes.addAll(p.values());
        }
        for (JsonPrimitive value : probes) {
            JsonObject copy = ParameterPaths.copyForSet(tree, List.of(p.path()));
            Scenario varied;
            try {
                ParameterPaths.set(copy, p.path(), value);
                varied = binder.bind(copy);
            } catch (ScenarioException e) {
                throw new ScenarioException(origin, "value " + value + " is invalid: " + e.getMessage());
            }
            if (!varied.kinds().equals(base.kinds()) || !varied.weightNames().equals(base.weightNames())) {
                // the joined_<kind> and share_<weight> columns must be the same for every run of a sweep
                throw new ScenarioException(origin, "value " + value + " changes the scenario's actor kinds or"
                        + " weight names, and with them the columns of runs.csv; a sweep cannot vary them"
                        + " (run the variants as separate sweeps)");
            }
        }
    }

    /**
     * The design in one or two lines, for the user before the first run: {@code grid design, 6
     * points × 20 replications = 120 runs}, then per varied path its spec, number of values (or
     * range) and origin, e.g. {@code actors[USA].signCost = 0:0.5:0.1 (6 values, --vary)}.
     */
    public String summary() {
        long points = design.size();
        StringBuilder b = new StringBuilder(design.type()).append(" design");
        if (!design.type().equals("grid")) {
            b.append(" (").append(experiment.samples()).append(" samples)");
        }
        b.append(", ").append(points).append(points == 1 ? " point" : " points").append(" × ")
                .append(experiment.replications()).append(experiment.replications() == 1 ? " replication" : " replications")
                .append(" = ").append(totalRuns()).append(totalRuns() == 1 ? " run" : " runs");
        if (shard.count() > 1) {
            b.append(", shard ").append(shard).append(": ").append(shardRuns()).append(" of them");
        }
        List<String> parts = new ArrayList<>();
        for (Parameter p : design.parameters()) {
            String size = p.isRange() ? "range" : p.values().size() + (p.values().size() == 1 ? " value" : " values");
            parts.add(p.path() + " = " + p.spec() + " (" + size + ", "
                    + (varyFromCommandLine ? "--vary" : "experiment.vary of the file") + ")");
        }
        b.append('\n').append(parts.isEmpty() ? "nothing varied" : String.join("; ", parts));
        return b.toString();
    }

    /** The experiment as resolved (file and overrides). */
    public ExperimentSpec experiment() {
        return experiment;
    }

    /** The design. */
    public Design design() {
        return design;
    }

    /** The shard this plan runs. */
    public Shard shard() {
        return shard;
    }

    /** The scenario tree (shared: do not modify). */
    public JsonObject tree() {
        return tree;
    }

    /** The master seed. */
    public long masterSeed() {
        return experiment.seed();
    }

    /** Runs per design point. */
    public int replications() {
        return experiment.replications();
    }

    /** Runs of the whole sweep (all shards). */
    public long totalRuns() {
        return design.size() * experiment.replications();
    }

    /** Runs of this plan's shard. */
    public long shardRuns() {
        long total = totalRuns();
        return total / shard.count() + (shard.index() < total % shard.count() ? 1 : 0);
    }

    /** Runs of this plan's shard strictly after {@code run} (−1 for all), in order. */
    public PrimitiveIterator.OfLong runsAfter(long run) {
        long first = shard.firstAfter(run);
        long total = totalRuns();
        if (first >= total) {
            return LongStream.empty().iterator();
        }
        return LongStream.iterate(first, r -> r < total, r -> r + shard.count()).iterator();
    }

    /** The design point of a run. */
    public long pointOf(long run) {
        return run / experiment.replications();
    }

    /** The replicate of a run. */
    public long replicateOf(long run) {
        return run % experiment.replications();
    }

    /** The seed of a run. */
    public long seedOf(long run) {
        return Seeds.forRun(masterSeed(), pointOf(run), replicateOf(run));
    }

    /** The varied paths, in order: the parameter columns of {@code runs.csv}. */
    public List<String> paths() {
        return design.parameters().stream().map(Parameter::path).toList();
    }

    /**
     * The validated scenario of design point 0. Every point has the same stages, issues, actor kinds
     * and weight names (checked in {@link #create}), so its layout is the layout of every run's rows.
     */
    public Scenario firstPointScenario() {
        return firstPoint;
    }

    /**
     * The scenario of one design point: a copy of the tree with the point's values set, validated.
     * Without values the tree itself is bound (binding only reads it): a sweep without varied
     * parameters of a million-actor scenario then never holds a second copy of its tree; with
     * them, only the top-level members the varied paths start with are copied
     * ({@link ParameterPaths#copyForSet}), so varying the behaviour or a stage copies no actor.
     */
    public Scenario scenarioAt(JsonPrimitive[] values) throws ScenarioException {
        List<String> paths = paths();
        JsonObject copy = values.length == 0 ? tree : ParameterPaths.copyForSet(tree, paths);
        for (int k = 0; k < values.length; k++) {
            ParameterPaths.set(copy, paths.get(k), values[k]);
        }
        return binder.bind(copy);
    }

    /**
     * The canonical description of the sweep for the manifest: two sweeps with equal descriptions
     * (and equal scenario files) produce the same rows, so {@code --resume} and {@code merge} compare
     * it. Threads are deliberately not part of it.
     *
     * @param record the recorded extra tables, e.g. {@code ["rounds"]}
     */
    public JsonObject describe(List<String> record) {
        JsonObject d = new JsonObject();
        d.addProperty("type", design.type());
        d.addProperty("samples", experiment.samples());
        d.addProperty("replications", experiment.replications());
        d.addProperty("points", design.size());
        JsonObject vary = new JsonObject();
        for (Parameter p : design.parameters()) {
            vary.addProperty(p.path(), p.spec());
        }
        d.add("vary", vary);
        JsonArray rec = new JsonArray();
        record.forEach(rec::add);
        d.add("record", rec);
        if (tree.get("measures") instanceof JsonArray measures && !measures.isEmpty()) {
            // the file's and the command line's: a resumed sweep must write the same columns
            d.add("measures", measures.deepCopy());
        }
        JsonObject s = new JsonObject();
        s.addProperty("index", shard.index());
        s.addProperty("count", shard.count());
        d.add("shard", s);
        return d;
    }
}

package org.negsim.bench;

import com.google.gson.stream.JsonWriter;
import ec.util.MersenneTwisterFast;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.negsim.model.Actor;
import org.negsim.model.Behavior;
import org.negsim.model.Distance;
import org.negsim.model.Issue;
import org.negsim.model.Scenario;
import org.negsim.model.Selector;
import org.negsim.model.Stage;
import org.negsim.model.SuccessCondition;
import org.negsim.model.TextSpec;
import org.negsim.model.Tie;
import org.negsim.model.When;
import org.negsim.rules.OpenDeclaration;

/**
 * The benchmark workload of issue 5: one open declaration with N actors, 5 issues, groups of
 * {@value #GROUP} actors tied by {@code groupTieWeight} (so {@value #GROUP}−1 = 10 incoming ties per
 * actor), a 4:1 state/firm mix, temperature {@value #TEMPERATURE}, flexibility {@value #FLEXIBILITY}
 * (Friedkin–Johnsen does real work every round) and {@value #ROUNDS} rounds.
 *
 * <p>Per actor, from a {@link MersenneTwisterFast} seeded with the workload seed, in actor order:
 * 5 positions uniform on [0, 1); 5 salience integers 1…16 (normalised by their sum, which is exact
 * whatever the summation order, so the JSON file and the in-memory scenario agree bit for bit);
 * an {@code emissions} weight uniform on [0, 1); a sign cost uniform on [0, 0.6). Status quo 0.2 and
 * text 0.8 on every issue; conformity 0.3. Actor {@code a0} founds. Success: half of the states and
 * half of the emissions.
 *
 * <p>{@link #write} streams the JSON scenario with Gson's {@link JsonWriter} (memory independent of
 * N); {@link #build} makes the same validated {@link Scenario} in memory.
 *
 * <p>{@link #buildRandomTies} is the random-tie variant (issue 17): the same actors and stage, no group
 * ties ({@code groupTieWeight} 0) but {@value #TIES_PER_ACTOR} explicit incoming ties per actor, each
 * from a uniformly drawn other actor with a weight uniform on (0, 1] — as many incoming ties as the
 * group workload, scattered over the whole population instead of within groups of {@value #GROUP}.
 */
public final class LargeScenario {

    /** Issues of the workload. */
    public static final int ISSUES = 5;
    /** Actors per group: each actor has GROUP − 1 incoming group ties. */
    public static final int GROUP = 11;
    /** Rounds of the declaration. */
    public static final int ROUNDS = 200;
    /** τ of every actor. */
    public static final double TEMPERATURE = 0.05;
    /** λ of every actor. */
    public static final double FLEXIBILITY = 0.2;
    /** β of every actor. */
    public static final double CONFORMITY = 0.3;
    /** Weight of every group tie. */
    public static final double GROUP_TIE_WEIGHT = 0.1;
    /** Status quo on every issue. */
    public static final double STATUS_QUO = 0.2;
    /** The declaration's text on every issue. */
    public static final double TEXT = 0.8;
    /** Explicit incoming ties per actor in {@link #buildRandomTies}. */
    public static final int TIES_PER_ACTOR = 10;
    /** Default workload seed (positions, saliences, costs). */
    public static final long DEFAULT_SEED = 5L;
    /** The scenario's experiment seed. */
    public static final long EXPERIMENT_SEED = 2018L;

    private LargeScenario() {
    }

    /** One actor's drawn values. */
    private record Drawn(int index, boolean firm, double[] position, double[] salienceRaw, double emissions,
                         double signCost) {
    }

    private interface Sink {
        void accept(Drawn d) throws IOException;
    }

    private static void draw(int actors, long seed, Sink sink) throws IOException {
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        for (int i = 0; i < actors; i++) {
            double[] p = new double[ISSUES];
            for (int d = 0; d < ISSUES; d++) {
                p[d] = r.nextDouble();
            }
            double[] s = new double[ISSUES];
            for (int d = 0; d < ISSUES; d++) {
                s[d] = 1 + r.nextInt(16);
            }
            double emissions = r.nextDouble();
            double cost = 0.6 * r.nextDouble();
            sink.accept(new Drawn(i, i % 5 == 4, p, s, emissions, cost));
        }
    }

    static String issueId(int d) {
        return "i" + d;
    }

    static String groupId(int i) {
        return "g" + i / GROUP;
    }

    /** The workload as a validated in-memory scenario (what the scenario reader gives for {@link #write}). */
    public static Scenario build(int actors, long seed) {
        List<Issue> issues = new ArrayList<>();
        for (int d = 0; d < ISSUES; d++) {
            issues.add(new Issue(issueId(d), issueId(d), STATUS_QUO));
        }
        List<Actor> list = new ArrayList<>(actors);
        List<List<String>> groups = new ArrayList<>((actors + GROUP - 1) / GROUP);
        try {
            draw(actors, seed, a -> {
                if (a.index() % GROUP == 0) {
                    groups.add(List.of(groupId(a.index())));
                }
                double sum = 0.0;
                for (double v : a.salienceRaw()) {
                    sum += v;
                }
                double[] s = new double[ISSUES];
                for (int d = 0; d < ISSUES; d++) {
                    s[d] = a.salienceRaw()[d] / sum;
                }
                String id = "a" + a.index();
                list.add(new Actor(id, id, a.firm() ? "firm" : "state", groups.get(a.index() / GROUP), null,
                        a.position(), s, 1.0, Map.of("emissions", a.emissions()), a.signCost(), CONFORMITY,
                        FLEXIBILITY, TEMPERATURE, 1));
            });
        } catch (IOException e) {
            throw new IllegalStateException(e); // no I/O in memory
        }
        double[] text = new double[ISSUES];
        java.util.Arrays.fill(text, TEXT);
        Behavior behavior = new Behavior(Distance.LINEAR, TEMPERATURE, 0.0, 1.0, GROUP_TIE_WEIGHT, 0.0,
                CONFORMITY, 0.0, FLEXIBILITY);
        Stage stage = new Stage("call", null, new OpenDeclaration(), Selector.ALL,
                new TextSpec(TextSpec.Mode.OBJECT, text, null), ROUNDS, 0.0, List.of("a0"), successConditions(),
                0, false, When.ALWAYS);
        return new Scenario("large-" + actors, "negsim benchmark workload", List.of(), List.copyOf(issues),
                list, List.of(), behavior, List.of(stage), EXPERIMENT_SEED);
    }

    /** Receives one tie j → i of actor indices. */
    @FunctionalInterface
    interface TieSink {
        void tie(int from, int to, double weight) throws IOException;
    }

    /**
     * The random ties, in order of their target i: {@value #TIES_PER_ACTOR} per actor, from j uniform
     * over the other actors with the weight 1 − u, u uniform on [0, 1), from a MersenneTwisterFast
     * seeded with {@code seed}. The one drawing of the random-tie workload, in memory and in files.
     */
    static void randomTies(int actors, long seed, TieSink sink) throws IOException {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        for (int i = 0; i < actors; i++) {
            for (int k = 0; k < TIES_PER_ACTOR; k++) {
                int j = random.nextInt(actors - 1);
                j = j >= i ? j + 1 : j;
                sink.tie(j, i, 1.0 - random.nextDouble());
            }
        }
    }

    /**
     * The random-tie workload: {@link #build}'s actors and stage without group ties, with
     * {@value #TIES_PER_ACTOR} explicit ties j → i per actor i, in order of i: j uniform over the
     * other actors and the weight 1 − u, u uniform on [0, 1), from a MersenneTwisterFast seeded with
     * {@code seed} (the draws of the ties scheme of the {@code TableInput} benchmark).
     */
    public static Scenario buildRandomTies(int actors, long seed) {
        Scenario groups = build(actors, seed);
        List<Tie> ties = new ArrayList<>(actors * TIES_PER_ACTOR);
        try {
            randomTies(actors, seed, (from, to, weight) -> ties.add(new Tie("a" + from, "a" + to, weight)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // adding to a list does no I/O
        }
        Behavior b = groups.behavior();
        Behavior behavior = new Behavior(b.distance(), b.temperature(), b.abstainBand(), b.selfWeight(), 0.0,
                b.homeTieWeight(), b.conformity(), b.signCost(), b.flexibility());
        return new Scenario("large-ties-" + actors, "negsim benchmark workload, random explicit ties",
                groups.sources(), groups.issues(), groups.actors(), List.copyOf(ties), behavior, groups.stages(),
                groups.seed());
    }

    private static List<SuccessCondition> successConditions() {
        return List.of(
                new SuccessCondition(new Selector(Set.of("state"), null, null),
                        SuccessCondition.Measure.MIN_FRACTION, 0.5, null),
                new SuccessCondition(Selector.ALL, SuccessCondition.Measure.MIN_SHARE, 0.5, "emissions"));
    }

    /** Streams the workload as a scenario file (docs/scenario.md); memory does not grow with N. */
    public static void write(int actors, long seed, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.setIndent("");
        w.beginObject();
        w.name("name").value("large-" + actors);
        w.name("description").value("negsim benchmark workload (issue 5): open declaration, " + actors
                + " actors, groups of " + GROUP + ", " + ROUNDS + " rounds, seed " + seed);
        w.name("issues").beginArray();
        for (int d = 0; d < ISSUES; d++) {
            w.beginObject().name("id").value(issueId(d)).name("statusQuo").value(STATUS_QUO).endObject();
        }
        w.endArray();
        w.name("actors").beginArray();
        draw(actors, seed, a -> {
            w.beginObject();
            w.name("id").value("a" + a.index());
            w.name("kind").value(a.firm() ? "firm" : "state");
            w.name("groups").beginArray().value(groupId(a.index())).endArray();
            w.name("position").beginObject();
            for (int d = 0; d < ISSUES; d++) {
                w.name(issueId(d)).value(a.position()[d]);
            }
            w.endObject();
            w.name("salience").beginObject();
            for (int d = 0; d < ISSUES; d++) {
                w.name(issueId(d)).value((long) a.salienceRaw()[d]);
            }
            w.endObject();
            w.name("weights").beginObject().name("emissions").value(a.emissions()).endObject();
            w.name("signCost").value(a.signCost());
            w.endObject();
            out.write('\n');
        });
        w.endArray();
        w.name("ties").beginArray().endArray();
        w.name("behavior").beginObject()
                .name("distance").value("linear")
                .name("temperature").value(TEMPERATURE)
                .name("abstainBand").value(0.0)
                .name("selfWeight").value(1.0)
                .name("groupTieWeight").value(GROUP_TIE_WEIGHT)
                .name("homeTieWeight").value(0.0)
                .name("conformity").value(CONFORMITY)
                .name("signCost").value(0.0)
                .name("flexibility").value(FLEXIBILITY)
                .endObject();
        w.name("stages").beginArray().beginObject();
        w.name("id").value("call");
        w.name("rule").beginObject().name("type").value("open-declaration").endObject();
        w.name("members").value("all");
        w.name("founders").beginArray().value("a0").endArray();
        w.name("text").beginObject();
        for (int d = 0; d < ISSUES; d++) {
            w.name(issueId(d)).value(TEXT);
        }
        w.endObject();
        w.name("rounds").value(ROUNDS);
        w.name("success").beginArray();
        w.beginObject().name("select").beginObject().name("kinds").beginArray().value("state").endArray().endObject()
                .name("minFraction").value(0.5).endObject();
        w.beginObject().name("select").value("all").name("minShare").value(0.5).name("weight").value("emissions")
                .endObject();
        w.endArray();
        w.endObject().endArray();
        w.name("experiment").beginObject().name("seed").value(EXPERIMENT_SEED).name("replications").value(1)
                .endObject();
        w.endObject();
        w.flush();
    }

    /**
     * Writes the workload file: {@code LargeScenario ACTORS FILE [SEED]}. Used by
     * {@code scripts/bench.sh}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: LargeScenario ACTORS FILE [SEED]");
            System.exit(2);
        }
        int actors = Integer.parseInt(args[0]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8),
                1 << 16)) {
            write(actors, seed, out);
        }
    }
}

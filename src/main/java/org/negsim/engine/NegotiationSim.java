package org.negsim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.negsim.model.Scenario;
import org.negsim.random.MersenneTwisterAdapter;
import org.negsim.model.Stage;
import org.negsim.model.TextSpec;
import org.negsim.model.When;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One run of a scenario as a MASON simulation. One schedule step is one round, round k of the run
 * (over all stages) at time k ({@link #FIRST_ROUND_TIME}); the four phases of a round are four
 * {@link Steppable}s at increasing orderings of the same step:
 * <ol>
 *   <li>{@link #ORDER_POSITIONS}: Friedkin–Johnsen position update (not in the run's first round),</li>
 *   <li>{@link #ORDER_DECIDE}: the deciding actors decide on the updated positions and on the
 *       support at the end of the previous round,</li>
 *   <li>{@link #ORDER_TALLY}: the rule tallies and the round is reported,</li>
 *   <li>{@link #ORDER_ADVANCE}: after a failed vote the chair amends (not after the last round);
 *       a finished stage is reported and the next stage whose {@code when} holds begins.</li>
 * </ol>
 * All randomness comes from the state's {@code random} (MASON's MersenneTwisterFast seeded with all
 * 64 bits of the run's seed — {@code SimState(long)} would keep only the low 32), drawn in scenario order of actors, so a run is a pure function of scenario and seed.
 * Not thread-safe; never prints or writes files.
 */
public final class NegotiationSim extends SimState {

    private static final long serialVersionUID = 1L;

    /** Ordering of the position update within a round. */
    public static final int ORDER_POSITIONS = 0;
    /** Ordering of the decisions within a round. */
    public static final int ORDER_DECIDE = 1;
    /** Ordering of the tally within a round. */
    public static final int ORDER_TALLY = 2;
    /** Ordering of the chair's amendment and stage bookkeeping within a round. */
    public static final int ORDER_ADVANCE = 3;
    /**
     * The schedule time of the run's first round: round k of the run (counting over all stages) is
     * at time k, so MASON's time and step counters both read the rounds played (the console shows
     * "5" after five rounds, not MASON's default 4, which would start at time 0).
     */
    public static final double FIRST_ROUND_TIME = 1.0;

    /** The run's full 64-bit seed (MASON's own seeding keeps only the low 32 bits). */
    private final long runSeed;
    private final transient Scenario scenario;
    private final transient RunListener listener;
    private final transient Population population;
    private final transient InfluenceNetwork network;
    private final transient List<String> weightNames;
    private final transient Map<String, Integer> actorIndex;
    /** A replay's decisions, or null: the run draws them. */
    private final transient DecisionSource source;
    private transient DecisionSource decisions;
    private final transient MeasureSet measures;

    private transient List<StageOutcome> outcomes;
    private transient StageProcess current;
    /** Index of the next stage to consider. */
    private int nextStage;
    private transient double[] lastText;
    private Boolean lastSucceeded;
    private boolean firstRoundOfRun;
    private boolean done;

    /**
     * Prepares a run. The scenario must be valid (as produced by the scenario reader).
     *
     * @param scenario the validated scenario
     * @param seed     the run's seed
     * @param listener receives the trace; {@link RunListener#NONE} to record nothing
     */
    public NegotiationSim(Scenario scenario, long seed, RunListener listener) {
        this(PreparedScenario.of(scenario), seed, listener);
    }

    /**
     * Prepares a run of a prepared scenario (cheaper when one scenario is run many times, as in a
     * sweep): the run copies the prepared state it changes and shares the rest.
     *
     * @param prepared the prepared, validated scenario
     * @param seed     the run's seed
     * @param listener receives the trace; {@link RunListener#NONE} to record nothing
     */
    public NegotiationSim(PreparedScenario prepared, long seed, RunListener listener) {
        this(prepared, seed, null, listener);
    }

    /**
     * Prepares a replay: the rounds of a run, with the decisions supplied by {@code source} instead
     * of drawn (the run's generator is never used). Everything else — positions, peer support,
     * availability, tallies, the chair's amendments, the sequence of stages — is the engine's.
     *
     * @param prepared the prepared, validated scenario
     * @param source   decides every decision of the replay
     * @param listener receives the trace; {@link RunListener#NONE} to record nothing
     */
    public NegotiationSim(PreparedScenario prepared, DecisionSource source, RunListener listener) {
        this(prepared, 0L, java.util.Objects.requireNonNull(source, "source"), listener);
    }

    private NegotiationSim(PreparedScenario prepared, long seed, DecisionSource source, RunListener listener) {
        super(MersenneTwisterAdapter.generator(seed));
        this.source = source;
        this.runSeed = seed;
        this.scenario = prepared.scenario();
        this.listener = listener;
        this.population = new Population(prepared.population);
        this.network = new InfluenceNetwork(prepared.network);
        this.weightNames = prepared.weightNames;
        this.actorIndex = prepared.actorIndex;
        this.measures = prepared.measures;
    }

    @Override
    public void start() {
        super.start();
        outcomes = new ArrayList<>();
        nextStage = 0;
        lastText = null;
        lastSucceeded = null;
        firstRoundOfRun = true;
        done = false;
        decisions = source != null ? source : new Draws(random);
        schedule.scheduleRepeating(FIRST_ROUND_TIME, ORDER_POSITIONS, (Steppable) state -> updatePositions());
        schedule.scheduleRepeating(FIRST_ROUND_TIME, ORDER_DECIDE, (Steppable) state -> decide());
        schedule.scheduleRepeating(FIRST_ROUND_TIME, ORDER_TALLY, (Steppable) state -> tally());
        schedule.scheduleRepeating(FIRST_ROUND_TIME, ORDER_ADVANCE, (Steppable) state -> advance());
        beginNextStage();
    }

    /** Runs every stage to its end and returns the outcomes. May be called once. */
    public RunResult runToEnd() {
        start();
        while (!done && schedule.step(this)) {
            // one step = one round
        }
        finish();
        return new RunResult(runSeed, List.copyOf(outcomes));
    }

    /**
     * A read-only view of the stage being played, for displays such as {@code negsim gui}: its
     * members, the decisions of its last played round ({@code joined}/{@code none} in an open
     * declaration, where founders have joined from round 0; {@code yes}/{@code no}/{@code abstain}
     * in a vote, {@code none} before the first vote), and every actor's current position.
     * {@code null} before {@link #start()} and once every stage has been played. The view reads the
     * live state: it is valid between steps and changes with the next step; it never changes the run.
     */
    public StageActors currentStage() {
        return current;
    }

    private void updatePositions() {
        if (firstRoundOfRun) {
            firstRoundOfRun = false;
            return;
        }
        population.position = network.updatePositions(population.position, population.initialPosition,
                population.flexibility, population.selfWeight, population.issues);
    }

    private void decide() {
        network.prepareSupport(current.support);
        current.decide(current.round + 1, network, decisions);
    }

    private void tally() {
        listener.round(current.tally());
    }

    private void advance() {
        if (!current.finished()) {
            current.amend();
            return;
        }
        StageOutcome outcome = current.outcome();
        if (!measures.isEmpty()) {
            outcome = outcome.withMeasures(measures.at(nextStage - 1, current));
        }
        outcomes.add(outcome);
        listener.stageEnded(outcome, current);
        lastText = current.text.clone();
        lastSucceeded = outcome.success();
        current = null;
        beginNextStage();
    }

    /** Skips stages whose {@code when} does not hold, then starts the next one, or ends the run. */
    private void beginNextStage() {
        List<Stage> stages = scenario.stages();
        while (nextStage < stages.size()) {
            Stage stage = stages.get(nextStage++);
            if (shouldRun(stage.when())) {
                current = stage.isOpenDeclaration()
                        ? new DeclarationProcess(stage, population, initialText(stage), weightNames)
                        : new VoteProcess(stage, population, initialText(stage), weightNames);
                decisions.stageStarted(nextStage - 1, stage);
                listener.round(current.initialRecord());
                return;
            }
            StageOutcome skipped = StageOutcome.notExecuted(stage.id(), stage.rule().type());
            if (!measures.isEmpty()) {
                skipped = skipped.withMeasures(measures.none());
            }
            outcomes.add(skipped);
            listener.stageEnded(skipped, null);
        }
        done = true;
    }

    private boolean shouldRun(When when) {
        return switch (when) {
            case ALWAYS -> true;
            case PREVIOUS_FAILED -> lastSucceeded != null && !lastSucceeded;
            case PREVIOUS_SUCCEEDED -> lastSucceeded != null && lastSucceeded;
        };
    }

    /** The stage's initial text from its initialiser, on the actors' current positions. */
    private double[] initialText(Stage stage) {
        TextSpec spec = stage.text();
        return switch (spec.mode()) {
            case OBJECT -> spec.values().clone();
            case INITIATOR -> {
                int i = actorIndex.get(spec.initiator());
                double[] x = new double[population.issues];
                System.arraycopy(population.position, i * population.issues, x, 0, population.issues);
                yield x;
            }
            case COMPROMISE -> population.weightedMeanPosition(
                    StageProcess.select(stage.members(), scenario.actors()), population.statusQuo);
            case INHERIT -> {
                if (lastText == null) {
                    throw new IllegalStateException("stage " + stage.id() + " inherits but no stage ran before it");
                }
                yield lastText.clone();
            }
        };
    }
}

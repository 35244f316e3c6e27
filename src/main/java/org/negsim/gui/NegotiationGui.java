package org.negsim.gui;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.WindowConstants;
import org.negsim.engine.NegotiationSim;
import org.negsim.model.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;

/**
 * MASON's GUI on one run of a scenario: a network display of the actors (a {@link ActorGraph}
 * drawn by {@link ActorPortrayal} and {@link TiePortrayal}, with kind names and a legend), a
 * {@link SupportChart} of supporters per round, an inspector on any actor clicked and a
 * {@link RunInfo} in the console's Model tab, refreshed after every round. One console step is one
 * round, and the console's Time (and Steps) counter is the number of rounds played in the run, over
 * all stages (the engine schedules round k of the run at time k).
 *
 * <p><b>Windows.</b> {@link #open} lays the display, the chart and the console side by side within
 * the screen ({@link WindowLayout}). A click on an actor's disc selects and inspects that actor, not
 * the ties under it ({@link ActorDisplay}).
 *
 * <p><b>Seeds.</b> MASON's console keeps a 32-bit seed. Its seed field starts at the low 32 bits
 * of the given seed; while it shows them, a run uses the full 64-bit seed, so the GUI plays exactly
 * the run {@code negsim run --seed N} records. A seed typed into the console (or incremented by it
 * on stop) is used as given.
 *
 * <p><b>Runs.</b> Every press of Play after Stop starts a fresh {@link NegotiationSim} (a run is a
 * pure function of scenario and seed; positions never carry over from the previous run). The
 * console stops by itself after the last round of the last stage. Checkpoints are not supported.
 *
 * <p>Create and use it on the Swing thread.
 */
public final class NegotiationGui extends GUIState {

    /** The display's layers, in attach order (drawn in this order: ties beneath actors). */
    static final int TIES_LAYER = 0;
    static final int ACTORS_LAYER = 1;

    private final Scenario scenario;
    private final long seed;
    private final SupportSeries series;
    private final StageView view = new StageView();
    private final ActorGraph graph;
    private final Continuous2D annotations;
    private final ContinuousPortrayal2D actorsPortrayal = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D tiesPortrayal = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D annotationsPortrayal = new ContinuousPortrayal2D();
    private long runSeed;
    private Display2D display;
    private JFrame displayFrame;
    private JFrame chartFrame;
    private SupportChart chart;

    /**
     * @param scenario the validated scenario
     * @param seed     the seed of the first run (and of every run while the console's seed is unchanged)
     */
    public NegotiationGui(Scenario scenario, long seed) {
        this(scenario, seed, new SupportSeries());
    }

    private NegotiationGui(Scenario scenario, long seed, SupportSeries series) {
        super(new NegotiationSim(scenario, seed, series));
        this.scenario = scenario;
        this.seed = seed;
        this.series = series;
        this.runSeed = seed;
        // what the console's seed field shows; the run itself is rebuilt with all 64 bits in start()
        state.setSeed(seed);
        this.graph = new ActorGraph(scenario, view);
        this.annotations = new Continuous2D(5.0, ActorGraph.SIZE, ActorGraph.SIZE);
        graph.kindLabels().forEach((kind, at) ->
                annotations.setObjectLocation(new Annotation(List.of(kind), null, true), at));
        annotations.setObjectLocation(legend(), new Double2D(1.0, 1.0));
    }

    private Annotation legend() {
        List<String> lines = new ArrayList<>(List.of("joined / yes", "no", "abstain", "none",
                "area: capability"));
        List<Color> swatches = new ArrayList<>(List.of(Decisions.SUPPORT, Decisions.NO, Decisions.ABSTAIN,
                Decisions.NONE));
        swatches.add(null);
        Map<String, Integer> hidden = graph.groupsWithoutEdges();
        if (!hidden.isEmpty()) {
            StringBuilder b = new StringBuilder("group ties not drawn (over " + ActorGraph.GROUP_EDGE_CAP + " actors):");
            lines.add(b.toString());
            swatches.add(null);
            StringBuilder groups = new StringBuilder();
            hidden.forEach((g, n) -> groups.append(groups.length() == 0 ? "" : ", ").append(g).append(" (").append(n).append(')'));
            lines.add(groups.toString());
            swatches.add(null);
        }
        return new Annotation(List.copyOf(lines), swatches, false);
    }

    /**
     * Opens a console on a run of the scenario with the given seed, with its display and chart
     * windows, and shows it. Call on the Swing thread. Closing the console's window quits the JVM
     * (MASON's behaviour for its last console).
     */
    public static Console open(Scenario scenario, long seed) {
        NegotiationGui gui = new NegotiationGui(scenario, seed);
        Console console = new Console(gui);
        console.setTitle("negsim: " + scenario.name());
        console.setVisible(true);
        gui.layOut(console, WindowLayout.within(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds()));
        return console;
    }

    /** Places the display, the chart and the console as {@code layout} says. */
    void layOut(Console console, WindowLayout layout) {
        displayFrame.setBounds(layout.display());
        chartFrame.setBounds(layout.chart());
        console.setBounds(layout.console());
    }

    /** The console's title before {@link #open} renames it. */
    public static String getName() {
        return "negsim";
    }

    /** The console's About tab. */
    public static Object getInfo() {
        return "<html><h2>negsim</h2><p>One run of a scenario, one step per round.</p>"
                + "<p>Actors sit on a circle, grouped by kind; a disc's area is the actor's capability, its colour"
                + " the actor's decision: green joined or voted yes, red voted no, grey abstained, white none"
                + " (undecided, not yet joined, or not a member of the stage). Lines are influence ties: dark"
                + " explicit ties, blue ties to the home state, faint ties within groups of at most "
                + ActorGraph.GROUP_EDGE_CAP + " actors.</p>"
                + "<p>Click an actor to inspect it. The chart window shows supporters per round.</p></html>";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return new RunInfo(this);
    }

    /**
     * The Model tab's inspector of {@link RunInfo}, volatile: its values change every round, and the
     * console refreshes a volatile model inspector after every step (MASON's own makes it
     * non-volatile, so the tab showed the values from before the run until Refresh was pressed).
     */
    @Override
    public Inspector getInspector() {
        Inspector inspector = super.getInspector();
        if (inspector != null) {
            inspector.setVolatile(true);
        }
        return inspector;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new ActorDisplay(640, 640, this, ACTORS_LAYER);
        display.setBackdrop(Color.WHITE);
        // attach order = layer index (TIES_LAYER, ACTORS_LAYER, then the annotations on top)
        display.attach(tiesPortrayal, "Ties");
        display.attach(actorsPortrayal, "Actors");
        display.attach(annotationsPortrayal, "Kinds and legend");
        displayFrame = display.createFrame();
        displayFrame.setTitle("negsim: " + scenario.name() + " (actors and ties)");
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        chart = new SupportChart(series, scenario.actors().size());
        chartFrame = new JFrame("negsim: " + scenario.name() + " (supporters per round)");
        chartFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        chartFrame.getContentPane().add(chart);
        chartFrame.pack();
        c.registerFrame(chartFrame);
        chartFrame.setVisible(true);
        setupPortrayals();
    }

    @Override
    public void start() {
        long consoleSeed = state.seed();
        runSeed = consoleSeed == (int) seed ? seed : consoleSeed;
        series.clear();
        NegotiationSim run = new NegotiationSim(scenario, runSeed, series);
        state = run;
        super.start();
        view.show(run);
        setupPortrayals();
        scheduleRepeatingImmediatelyAfter(s -> chart.repaint());
        chart.repaint();
    }

    /** Plays one round; false once every stage has been played, which stops the console. */
    @Override
    public boolean step() {
        if (finished()) {
            return false;
        }
        return super.step();
    }

    /** Checkpoints are not supported: a run holds its scenario outside MASON's serialised state. */
    @Override
    public boolean validSimState(SimState s) {
        return false;
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (chartFrame != null) {
            chartFrame.dispose();
        }
        displayFrame = null;
        chartFrame = null;
        display = null;
    }

    private void setupPortrayals() {
        actorsPortrayal.setField(graph.layout());
        actorsPortrayal.setPortrayalForAll(new ActorPortrayal(graph));
        tiesPortrayal.setField(new SpatialNetwork2D(graph.layout(), graph.ties()));
        tiesPortrayal.setPortrayalForAll(new TiePortrayal());
        annotationsPortrayal.setField(annotations);
        annotationsPortrayal.setPortrayalForAll(new Annotation.Portrayal());
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** Whether the run on display has played every stage. */
    boolean finished() {
        return state instanceof NegotiationSim run && view.current() != null && run.currentStage() == null;
    }

    Scenario scenario() {
        return scenario;
    }

    long runSeed() {
        return runSeed;
    }

    SupportSeries series() {
        return series;
    }

    /** The display window (null before {@link #init} and after {@link #quit}). */
    public JFrame displayFrame() {
        return displayFrame;
    }

    /** The chart window (null before {@link #init} and after {@link #quit}). */
    public JFrame chartFrame() {
        return chartFrame;
    }

    /** The network display (null before {@link #init} and after {@link #quit}; for tests). */
    Display2D display() {
        return display;
    }

    /** The layer that draws the actors (for tests). */
    ContinuousPortrayal2D actorsPortrayal() {
        return actorsPortrayal;
    }

    /** The actor graph on display (for tests). */
    ActorGraph graph() {
        return graph;
    }
}

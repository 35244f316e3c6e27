package org.negsim.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JCheckBox;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioLoader;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

/**
 * The child process of {@link NegotiationGuiTest}: opens {@link NegotiationGui#open} on a scenario
 * (which lays its windows out itself), plays {@code ROUNDS} rounds through the console (it pauses
 * itself there), shows the Model tab and captures the whole screen with {@link Robot} into
 * {@code PNG}; then double-clicks the disc of actor {@code ACTOR} with the mouse and captures the
 * screen again into {@code PNG} with {@code -inspect} before {@code .png}; then plays on until the
 * console stops itself at the end of the run. It prints, one per line:
 * <pre>
 *   supporters=N round=R stage=S
 *   steps=N time=T                       MASON's step counter and schedule time
 *   model=[text, ...]                    what the Model tab's fields show
 *   frame display|chart|console x y w h  the windows' bounds; screen x y w h
 *   hits actors=N ties=N                 what a click on the actor's centre hits
 *   selected=[ids]                       what the double-click selected
 *   model-end=[text, ...]                the Model tab once the console stopped at the end of the run
 *   steps-end=N                          MASON's step counter then
 * </pre>
 * and exits 0; any failure exits 1 with a message. A separate JVM keeps AWT and MASON's console
 * (whose last window quits the JVM) out of the test runner.
 *
 * <p>Usage: {@code GuiScreenshot SCENARIO SEED ROUNDS PNG ACTOR}
 */
public final class GuiScreenshot {

    private static final int STOPPED = 0;
    private static final int PAUSED = 2;

    private GuiScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Scenario scenario = ScenarioLoader.bind(ScenarioLoader.readTree(Path.of(args[0])));
        long seed = Long.parseLong(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path png = Path.of(args[3]);
        String actor = args[4];
        AtomicReference<Console> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Console console = NegotiationGui.open(scenario, seed);
            console.setWhenShouldPause(rounds);
            ref.set(console);
        });
        Console console = ref.get();
        SwingUtilities.invokeAndWait(console::pressPlay);
        // bounded wait for the console's play thread to reach the pause step (it pauses itself)
        for (int i = 0; i < 600 && console.getPlayState() != PAUSED; i++) {
            Thread.sleep(100);
        }
        if (console.getPlayState() != PAUSED) {
            System.err.println("the console did not pause at round " + rounds + " within 60 s");
            System.exit(1);
        }
        NegotiationGui gui = (NegotiationGui) console.getSimulation();
        RunInfo info = (RunInfo) gui.getSimulationInspectedObject();
        SwingUtilities.invokeAndWait(() -> select(console.getTabPane(), "Model"));
        settle(gui, console);
        List<String> model = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> texts(console.getModelInspector(), model));
        capture(png);
        System.out.println("supporters=" + info.getSupporters() + " round=" + info.getRound()
                + " stage=" + info.getStage());
        System.out.println("steps=" + gui.state.schedule.getSteps() + " time=" + gui.state.schedule.getTime());
        System.out.println("model=" + model);
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        System.out.println("screen " + bounds(screen));
        System.out.println("frame display " + bounds(gui.displayFrame().getBounds()));
        System.out.println("frame chart " + bounds(gui.chartFrame().getBounds()));
        System.out.println("frame console " + bounds(console.getBounds()));

        Display2D display = gui.display();
        ActorNode node = gui.graph().nodes().stream().filter(n -> n.getId().equals(actor)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no actor " + actor));
        AtomicReference<Point> centre = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            DrawInfo2D field = display.getDrawInfo2D(gui.actorsPortrayal(), new Point2D.Double(0, 0));
            Point2D.Double at = gui.actorsPortrayal().getObjectPosition(node, field);
            Bag[] hits = display.objectsHitBy(new Rectangle2D.Double(at.x, at.y, 1, 1));
            System.out.println("hits actors=" + hits[NegotiationGui.ACTORS_LAYER].size()
                    + " ties=" + hits[NegotiationGui.TIES_LAYER].size());
            Point onScreen = display.insideDisplay.getLocationOnScreen();
            centre.set(new Point(onScreen.x + (int) Math.round(at.x), onScreen.y + (int) Math.round(at.y)));
        });
        Robot robot = new Robot();
        robot.mouseMove(centre.get().x, centre.get().y);
        for (int click = 0; click < 2; click++) {
            robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        }
        robot.waitForIdle();
        settle(gui, console);
        List<String> selected = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            for (LocationWrapper w : display.getSelectedWrappers()) {
                selected.add(w.getObject() instanceof ActorNode n ? n.getId() : String.valueOf(w.getObject()));
            }
        });
        System.out.println("selected=" + selected);
        capture(Path.of(png.toString().replaceFirst("\\.png$", "-inspect.png")));

        // play on to the end of the run: the console stops itself after the last round
        SwingUtilities.invokeAndWait(() -> {
            console.setWhenShouldPause(Long.MAX_VALUE);
            console.pressPause();
        });
        for (int i = 0; i < 600 && console.getPlayState() != STOPPED; i++) {
            Thread.sleep(100);
        }
        if (console.getPlayState() != STOPPED) {
            System.err.println("the console did not stop at the end of the run within 60 s");
            System.exit(1);
        }
        SwingUtilities.invokeAndWait(() -> select(console.getTabPane(), "Model"));
        settle(gui, console);
        List<String> end = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> texts(console.getModelInspector(), end));
        System.out.println("model-end=" + end);
        System.out.println("steps-end=" + gui.state.schedule.getSteps());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static void select(JTabbedPane tabs, String title) {
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (title.equals(tabs.getTitleAt(i))) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
        throw new IllegalStateException("no tab " + title);
    }

    /** Repaints the windows and lets the repaints land: flush the event queue twice around a pause. */
    private static void settle(NegotiationGui gui, Console console) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            gui.displayFrame().repaint();
            gui.chartFrame().repaint();
            console.repaint();
        });
        SwingUtilities.invokeAndWait(() -> { });
        Thread.sleep(1000);
        SwingUtilities.invokeAndWait(() -> { });
    }

    private static void capture(Path png) throws Exception {
        BufferedImage shot = new Robot().createScreenCapture(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(shot, "png", png.toFile());
    }

    /** The text of every text field under {@code c}, in component order. */
    private static void texts(Component c, List<String> out) {
        if (c instanceof JTextComponent t) {
            out.add(t.getText().trim());
        } else if (c instanceof JCheckBox box) {
            out.add(box.isSelected() ? "[x]" : "[ ]");
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                texts(child, out);
            }
        }
    }

    private static String bounds(Rectangle r) {
        return r.x + " " + r.y + " " + r.width + " " + r.height;
    }

}

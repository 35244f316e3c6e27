package org.negsim.gui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * The child process of {@link NegotiationGuiTest}: opens {@link NegotiationGui#open} on a scenario,
 * lays the three windows side by side, plays {@code ROUNDS} rounds through the console (it pauses
 * itself there), captures the screen area of the windows with {@link Robot} into {@code PNG}, prints
 * {@code supporters=N round=R stage=S} and exits 0; any failure exits 1 with a message. A separate
 * JVM keeps AWT and MASON's console (whose last window quits the JVM) out of the test runner.
 *
 * <p>Usage: {@code GuiScreenshot SCENARIO SEED ROUNDS PNG}
 */
public final class GuiScreenshot {

    private static final int PAUSED = 2;

    private GuiScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Scenario scenario = ScenarioLoader.bind(ScenarioLoader.readTree(Path.of(args[0])));
        long seed = Long.parseLong(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path png = Path.of(args[3]);
        AtomicReference<Console> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Console console = NegotiationGui.open(scenario, seed);
            NegotiationGui gui = (NegotiationGui) console.getSimulation();
            JFrame display = gui.displayFrame();
            display.setBounds(0, 0, 660, 720);
            gui.chartFrame().setBounds(660, 0, 620, 300);
            console.setBounds(660, 300, 620, 420);
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
        SwingUtilities.invokeAndWait(() -> {
            gui.displayFrame().repaint();
            gui.chartFrame().repaint();
            console.repaint();
        });
        // let the repaints land: flush the event queue twice around a short pause
        SwingUtilities.invokeAndWait(() -> { });
        Thread.sleep(1000);
        SwingUtilities.invokeAndWait(() -> { });
        BufferedImage shot = new Robot().createScreenCapture(new Rectangle(0, 0, 1280, 720));
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(shot, "png", png.toFile());
        System.out.println("supporters=" + info.getSupporters() + " round=" + info.getRound()
                + " stage=" + info.getStage());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}

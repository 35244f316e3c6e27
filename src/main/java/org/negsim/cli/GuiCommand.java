package org.negsim.cli;

import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.negsim.gui.NegotiationGui;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sim.display.Console;

/**
 * {@code negsim gui}: MASON's console on one run of a scenario (see {@link NegotiationGui}). Reads
 * and validates the scenario with every {@code --set} applied exactly as {@code run} does, then
 * opens the console and returns when its window closes. Writes no files. Without a graphical
 * display it fails with exit code 2 before opening anything.
 */
@Command(header = "Watch one run of a scenario in MASON's console.",
        name = "gui", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Watch one run of a scenario in MASON's console: actors coloured by decision,",
            "supporters per round, an inspector on any actor; one step is one round.",
            "Needs a graphical display (on a server: scripts/ci/xvfb-up.sh, export DISPLAY=:99)."})
final class GuiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunSelection selection;

    @Mixin
    SeedOption seedOption;

    /**
     * Why the display that DISPLAY names cannot be used (no X server there, or access refused), or
     * {@code null} when it can: AWT reports it only as an {@link java.awt.AWTError} when it starts.
     */
    private static String unreachableDisplay() {
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            java.awt.Toolkit.getDefaultToolkit();
            return null;
        } catch (java.awt.AWTError | java.awt.HeadlessException e) {
            return String.valueOf(e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        Scenario scenario = ScenarioLoader.bind(selection.tree());
        long runSeed = seedOption.forRun(scenario);
        if (GraphicsEnvironment.isHeadless()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: no graphical display: negsim gui needs one (DISPLAY is "
                    + (System.getenv("DISPLAY") == null ? "not set" : "\"" + System.getenv("DISPLAY") + "\"")
                    + "; on a server start one with scripts/ci/xvfb-up.sh and export DISPLAY=:99)");
            err.flush();
            return ExitCodes.USAGE;
        }
        String unreachable = unreachableDisplay();
        if (unreachable != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: cannot open the display " + Terminal.safe(String.valueOf(System.getenv("DISPLAY")))
                    + " (" + Terminal.safe(unreachable) + "); start one with scripts/ci/xvfb-up.sh and export DISPLAY=:99");
            err.flush();
            return ExitCodes.IO_ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(scenario.name() + ", seed " + runSeed + ": close the console window to quit");
        out.flush();
        CountDownLatch closed = new CountDownLatch(1);
        try {
            SwingUtilities.invokeAndWait(() -> {
                Console console = NegotiationGui.open(scenario, runSeed);
                console.addWindowListener(new WindowAdapter() {
                    @Override
                    public void windowClosed(WindowEvent e) {
                        closed.countDown();
                    }
                });
            });
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
        closed.await();
        return ExitCodes.OK;
    }
}

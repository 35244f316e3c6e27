package org.negsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.negsim.engine.Negotiation;
import org.negsim.engine.RoundRecord;
import org.negsim.engine.RunListener;
import org.negsim.random.Seeds;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioLoader;

/**
 * The GUI under a real X display: opens the console on a shipped scenario in a child JVM
 * ({@link GuiScreenshot}), plays five rounds through the console, and checks the screenshot it
 * takes (target/gui-screenshot.png) and that the GUI played the very run {@code negsim run} plays;
 * that the windows lie side by side within the screen, that the console's counter and the Model tab
 * show the rounds played, and that a double-click on the USA's disc selects the USA and not the ties
 * under it (target/gui-screenshot-inspect.png); then that, played to the end, the console stops itself
 * with the Model tab showing the last round and the run finished.
 * Runs when {@code NEGSIM_XVFB=1} (CI: {@code scripts/ci/xvfb-up.sh}, then
 * {@code export DISPLAY=:99 NEGSIM_XVFB=1}) and then fails, never skips, when no display works;
 * skipped otherwise.
 */
class NegotiationGuiTest {

    private static final Path SCENARIO = Path.of("scenarios/paris-call-2018.json");
    private static final Path SHOT = Path.of("target/gui-screenshot.png");
    private static final int ROUNDS = 5;
    /** The largest disc of the scenario, with many ties under it. */
    private static final String ACTOR = "USA";

    @Test
    void consoleStartsPlaysRoundsAndDrawsTheActorsUnderXvfb() throws Exception {
        Assumptions.assumeTrue("1".equals(System.getenv("NEGSIM_XVFB")),
                "GUI test skipped: set NEGSIM_XVFB=1 and DISPLAY (scripts/ci/xvfb-up.sh; export DISPLAY=:99 NEGSIM_XVFB=1)");
        String display = System.getenv("DISPLAY");
        if (display == null || display.isEmpty()) {
            fail("NEGSIM_XVFB=1 but DISPLAY is not set: run scripts/ci/xvfb-up.sh and export DISPLAY=:99");
        }
        Scenario scenario = ScenarioLoader.load(SCENARIO);
        long seed = Seeds.forRun(scenario.seed(), 0, 0);
        Files.deleteIfExists(SHOT);

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false",
                "-cp", System.getProperty("java.class.path"),
                GuiScreenshot.class.getName(),
                SCENARIO.toString(), Long.toString(seed), Integer.toString(ROUNDS), SHOT.toString(), ACTOR));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        // a bound on a hung child, not a timing assertion
        if (!child.waitFor(180, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            fail("the GUI did not finish within 180 s on DISPLAY=" + display);
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), "the GUI failed on DISPLAY=" + display + ":\n" + output);

        // the console played exactly the run that negsim run plays with that seed
        int last = scenario.stages().get(0).rounds();
        int[] joined = new int[last + 1];
        Negotiation.run(scenario, seed, new RunListener() {
            @Override
            public void round(RoundRecord r) {
                joined[r.round()] = r.joined();
            }
        });
        assertTrue(output.contains("supporters=" + joined[ROUNDS] + " round=" + ROUNDS + " stage=paris-call"),
                "expected " + joined[ROUNDS] + " supporters after round " + ROUNDS + ", the GUI printed:\n" + output);

        // MASON's counters read the rounds played; the Model tab was refreshed by the steps themselves
        assertTrue(output.contains("steps=" + ROUNDS + " time=" + ROUNDS + ".0\n"), output);
        assertTrue(output.contains("model=[paris-call-2018, [ ], " + seed + ", " + joined[ROUNDS] + ", " + ROUNDS
                + ", paris-call]"), output);

        // the three windows side by side within the screen, none over another
        Rectangle screen = rectangle(output, "screen ");
        List<Rectangle> frames = List.of(rectangle(output, "frame display "), rectangle(output, "frame chart "),
                rectangle(output, "frame console "));
        for (Rectangle f : frames) {
            assertTrue(screen.contains(f), f + " is not within the screen " + screen);
            assertTrue(f.width >= 300 && f.height >= 300, f + " is too small");
        }
        for (int i = 0; i < frames.size(); i++) {
            for (int j = i + 1; j < frames.size(); j++) {
                assertTrue(!frames.get(i).intersects(frames.get(j)), frames.get(i) + " overlaps " + frames.get(j));
            }
        }

        // a double-click on the large disc of the USA, with ties under it, selects the USA alone
        assertTrue(output.contains("hits actors=1 ties=0\n"), output);
        assertTrue(output.contains("selected=[" + ACTOR + "]\n"), output);
        assertTrue(Files.size(Path.of("target/gui-screenshot-inspect.png")) > 0);

        // played on to the end: the console stopped itself, the Model tab says so without Refresh
        assertTrue(output.contains("model-end=[paris-call-2018, [x], " + seed + ", " + joined[last] + ", " + last
                + ", paris-call]"), output);
        assertTrue(output.contains("steps-end=" + last + "\n"), output);

        BufferedImage shot = ImageIO.read(SHOT.toFile());
        assertTrue(shot.getWidth() >= 1000 && shot.getHeight() >= 600, shot.getWidth() + "x" + shot.getHeight());
        Set<Integer> colours = new HashSet<>();
        int supportPixels = 0;
        for (int y = 0; y < shot.getHeight(); y += 2) {
            for (int x = 0; x < shot.getWidth(); x += 2) {
                int rgb = shot.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb == (Decisions.SUPPORT.getRGB() & 0xffffff)) {
                    supportPixels++;
                }
            }
        }
        assertTrue(colours.size() > 50, "the screenshot is (nearly) blank: " + colours.size() + " colours");
        assertTrue(supportPixels > 100, "no actor drawn as joined in the screenshot (" + supportPixels + " pixels)");
    }

    /** The rectangle {@code x y w h} printed after {@code prefix} on a line of the child's output. */
    private static Rectangle rectangle(String output, String prefix) {
        for (String line : output.split("\n")) {
            if (line.startsWith(prefix)) {
                String[] v = line.substring(prefix.length()).trim().split(" ");
                return new Rectangle(Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]),
                        Integer.parseInt(v[3]));
            }
        }
        throw new AssertionError("the GUI printed no line starting \"" + prefix + "\":\n" + output);
    }

}

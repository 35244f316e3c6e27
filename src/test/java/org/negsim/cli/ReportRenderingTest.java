package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a report written by {@code negsim report} in headless Chromium and checks that it renders:
 * the dumped DOM has the headings and the charts, every chart image decodes (naturalWidth 1000,
 * read by a small script added to a copy of the page: the report itself has none), and a
 * screenshot is not blank. Runs when {@code NEGSIM_CHROMIUM=1} (CI sets it after
 * {@code scripts/ci/chromium-up.sh}) and then fails if chromium is missing; skipped otherwise.
 */
class ReportRenderingTest {

    /** How long one chromium invocation may take before the test gives up (a hang guard, not a timing test). */
    private static final long CHROMIUM_LIMIT_SECONDS = 180;

    @TempDir
    Path dir;

    @Test
    void reportRendersInHeadlessChromium() throws Exception {
        Assumptions.assumeTrue("1".equals(System.getenv("NEGSIM_CHROMIUM")),
                "set NEGSIM_CHROMIUM=1 to render the report in headless Chromium"
                        + " (install it with scripts/ci/chromium-up.sh)");
        String chromium = findOnPath("chromium");
        if (chromium == null) {
            fail("NEGSIM_CHROMIUM=1 but 'chromium' is not on the PATH: run scripts/ci/chromium-up.sh");
        }
        Path scenario = Cli.copyFixture("small-call.json", dir);
        Path results = dir.resolve("r");
        assertEquals(0, Cli.execute("run", scenario.toString(), "--out", results.toString(), "--quiet").exitCode());
        Cli.Result r = Cli.execute("report", results.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        Path report = results.resolve("report.html").toAbsolutePath();
        long charts = ReportCommandTest.images(Files.readString(report, StandardCharsets.UTF_8));
        assertTrue(charts >= 2);

        // The report as Chromium sees it.
        String dom = chromium(chromium, "--dump-dom", report.toUri().toString());
        assertTrue(dom.contains("<h1>small-call</h1>"), dom);
        for (String h : List.of("Scenario", "Outcome", "Charts")) {
            assertTrue(dom.contains(">" + h + "</h2>"), h);
        }
        assertEquals(charts, Pattern.compile("<img src=\"data:image/png;base64,").matcher(dom).results().count());

        // A copy with a probe script: every image decoded to its natural width.
        String probe = "<script>window.addEventListener('load',function(){document.body.setAttribute('data-natural',"
                + "Array.prototype.map.call(document.images,function(i){return i.naturalWidth;}).join(','));});</script>";
        Path probed = dir.resolve("probed.html");
        Files.writeString(probed, Files.readString(report, StandardCharsets.UTF_8).replace("</body>", probe + "</body>"),
                StandardCharsets.UTF_8);
        String probedDom = chromium(chromium, "--dump-dom", probed.toUri().toString());
        Matcher m = Pattern.compile("data-natural=\"([0-9,]*)\"").matcher(probedDom);
        assertTrue(m.find(), "the probe ran");
        List<String> widths = List.of(m.group(1).split(","));
        assertEquals(charts, widths.size());
        for (String w : widths) {
            assertEquals("1000", w, "every chart decodes to 1000 px");
        }

        // A screenshot that is not blank.
        Path shot = dir.resolve("shot.png");
        chromium(chromium, "--screenshot=" + shot, report.toUri().toString());
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(2000, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 5) {
            for (int x = 0; x < image.getWidth(); x += 5) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "screenshot has " + colours.size() + " colours");
    }

    /** Runs chromium headless with the given mode and URL; returns its standard output. */
    private String chromium(String binary, String mode, String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> cmd = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=1200,2000", mode, url));
        Path stdout = dir.resolve("chromium.out");
        Path stderr = dir.resolve("chromium.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(CHROMIUM_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in " + CHROMIUM_LIMIT_SECONDS + " s: " + Files.readString(stderr));
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(stderr));
        return read(stdout);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            Path candidate = Path.of(d, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}

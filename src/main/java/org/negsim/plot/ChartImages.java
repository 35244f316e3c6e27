package org.negsim.plot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/**
 * Renders charts to PNG, without a display: loading this class sets {@code java.awt.headless=true}
 * (before AWT starts, so the CLI and the tests never need an X server). Stateless.
 */
public final class ChartImages {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartImages() {
    }

    /** The chart as a {@link ChartStyle#WIDTH} × {@link ChartStyle#HEIGHT} PNG. */
    public static byte[] png(JFreeChart chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(chart, out);
        return out.toByteArray();
    }

    /**
     * Writes each chart to {@code folder/fileName} (creating the folder), each file through a
     * temporary file renamed into place, and returns the paths in order.
     */
    public static List<Path> writeAll(List<NamedChart> charts, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (NamedChart c : charts) {
            Path target = folder.resolve(c.fileName());
            Path tmp = folder.resolve("." + c.fileName() + ".tmp-" + ProcessHandle.current().pid());
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    write(c.chart(), out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            written.add(target);
        }
        return written;
    }

    private static void write(JFreeChart chart, OutputStream out) throws IOException {
        ChartUtils.writeChartAsPNG(out, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }
}

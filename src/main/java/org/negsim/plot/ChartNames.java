package org.negsim.plot;

/**
 * The stable file names of the charts, built from stage ids and parameter paths:
 * <pre>
 *   signatures-STAGE.png            a run's open-declaration stage: joined actors by kind per round
 *   text-STAGE.png                  a run's vote stage: the text's position per issue per round
 *   success-STAGE-by-PARAM.png      a sweep: the stage's success rate against one varied parameter
 *   heatmap-STAGE-PARAMX-PARAMY.png a sweep: the success rate over two parameters (design order)
 * </pre>
 * where every character of an id or path outside {@code A-Z a-z 0-9 . _} becomes {@code -}, runs of
 * {@code -} collapse to one, {@code -.} becomes {@code .} and a trailing {@code -} is dropped:
 * {@code actors[kind=firm].signCost} → {@code actors-kind-firm.signCost},
 * {@code stages[gge-2017].concession} → {@code stages-gge-2017.concession}. Stateless.
 */
public final class ChartNames {

    private ChartNames() {
    }

    /** An id or path as part of a file name (see the class comment). */
    public static String safe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._]", "-").replaceAll("-+", "-").replace("-.", ".");
        if (t.endsWith("-")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? "-" : t;
    }

    /** {@code signatures-STAGE.png}. */
    public static String signatures(String stage) {
        return "signatures-" + safe(stage) + ".png";
    }

    /** {@code text-STAGE.png}. */
    public static String text(String stage) {
        return "text-" + safe(stage) + ".png";
    }

    /** {@code success-STAGE-by-PARAM.png}. */
    public static String success(String stage, String path) {
        return "success-" + safe(stage) + "-by-" + safe(path) + ".png";
    }

    /** {@code heatmap-STAGE-PARAMX-PARAMY.png}. */
    public static String heatMap(String stage, String xPath, String yPath) {
        return "heatmap-" + safe(stage) + "-" + safe(xPath) + "-" + safe(yPath) + ".png";
    }
}

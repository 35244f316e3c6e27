package org.negsim.plot;

/**
 * The stable file names of the charts, built from stage ids and parameter paths:
 * <pre>
 *   signatures-STAGE.png            a run's open-declaration stage: joined actors by kind per round
 *   signature-bands-STAGE.png       a sweep with rounds.csv: joined actors per round, median and bands
 *   text-STAGE.png                  a run's vote stage: the text's position per issue per round
 *   success-STAGE-by-PARAM.png      a sweep: the stage's success rate against one varied parameter
 *   heatmap-STAGE-PARAMX-PARAMY.png a sweep: the success rate over two parameters (design order)
 * </pre>
 * where a stage id is used as it is (ids are letters, digits, {@code _} and {@code -}: safe in a file
 * name on every system) and a parameter path keeps its characters except that {@code [} becomes
 * {@code -} and {@code ]} is dropped: {@code actors[kind=firm].signCost} →
 * {@code actors-kind=firm.signCost}, {@code stages[gge-2017].concession} →
 * {@code stages-gge-2017.concession}. On ids and paths that negsim accepts this is one to one, so
 * two charts never get one file name (a test checks it on random ids of every character class).
 * Anything else outside letters, digits and {@code . _ - =} (never in a valid path) becomes {@code -}.
 * Stateless.
 */
public final class ChartNames {

    private ChartNames() {
    }

    /** An id or path as part of a file name (see the class comment). */
    public static String safe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == ']') {
                continue;
            }
            boolean keep = Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '='
                    || Character.getType(c) == Character.LETTER_NUMBER || Character.getType(c) == Character.OTHER_NUMBER;
            b.appendCodePoint(keep ? c : '-');
        }
        return b.length() == 0 ? "-" : b.toString();
    }

    /** {@code signatures-STAGE.png}. */
    public static String signatures(String stage) {
        return "signatures-" + safe(stage) + ".png";
    }

    /** {@code signature-bands-STAGE.png}. */
    public static String signatureBands(String stage) {
        return "signature-bands-" + safe(stage) + ".png";
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

    /** {@code measure-ID-by-PARAM.png}. */
    public static String measure(String id, String path) {
        return "measure-" + safe(id) + "-by-" + safe(path) + ".png";
    }

    /** {@code heatmap-measure-ID-PARAMX-PARAMY.png}. */
    public static String measureHeatMap(String id, String xPath, String yPath) {
        return "heatmap-measure-" + safe(id) + "-" + safe(xPath) + "-" + safe(yPath) + ".png";
    }
}

package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ec.util.MersenneTwisterFast;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartNamesTest {

    @Test
    void pathsBecomeFileNameParts() {
        assertEquals("actors-kind=firm.signCost", ChartNames.safe("actors[kind=firm].signCost"));
        assertEquals("actors-kind-firm.signCost", ChartNames.safe("actors[kind-firm].signCost"));
        assertEquals("stages-gge-2017.concession", ChartNames.safe("stages[gge-2017].concession"));
        assertEquals("behavior.temperature", ChartNames.safe("behavior.temperature"));
        assertEquals("Côte-d-Ivoire", ChartNames.safe("Côte-d-Ivoire"));
        assertEquals("a---b", ChartNames.safe("a / b"));
        assertEquals("-", ChartNames.safe("]"));
    }

    /** Ids of every character class negsim accepts, including the ones that collided before. */
    private static String randomId(MersenneTwisterFast random) {
        String[] pieces = {"a", "Z", "7", "_", "-", "é", "日本", "٣", "Ⅻ", "ß", "-by-", "A", "vote", "1"};
        StringBuilder b = new StringBuilder(new String[] {"v", "日", "3", "É"}[random.nextInt(4)]);
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    private static String randomPath(MersenneTwisterFast random) {
        return switch (random.nextInt(6)) {
            case 0 -> "behavior.temperature";
            case 1 -> "actors[" + randomId(random) + "].signCost";
            case 2 -> "actors[kind=" + randomId(random) + "].conformity";
            case 3 -> "actors[group=" + randomId(random) + "].position." + randomId(random);
            case 4 -> "stages[" + randomId(random) + "].concession";
            default -> "issues[" + randomId(random) + "].statusQuo";
        };
    }

    @Test
    void differentIdsAndPathsNeverShareAFileName() {
        MersenneTwisterFast random = new MersenneTwisterFast(20181112);
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            String stage = randomId(random);
            String x = randomPath(random);
            String y = randomPath(random);
            String input;
            String name;
            switch (i % 4) {
                case 0 -> { input = "signatures|" + stage; name = ChartNames.signatures(stage); }
                case 1 -> { input = "text|" + stage; name = ChartNames.text(stage); }
                case 2 -> { input = "success|" + stage + "|" + x; name = ChartNames.success(stage, x); }
                default -> { input = "heatmap|" + stage + "|" + x + "|" + y; name = ChartNames.heatMap(stage, x, y); }
            }
            String before = seen.putIfAbsent(name, input);
            if (before != null && !before.equals(input)) {
                throw new AssertionError(name + " for both " + before + " and " + input);
            }
        }
        // the cases that collided before: a trailing -, a non-Latin id, = against -
        assertNotEquals(ChartNames.signatures("vote-"), ChartNames.signatures("vote"));
        assertNotEquals(ChartNames.signatures("日本"), ChartNames.signatures("中国"));
        assertNotEquals(ChartNames.success("s", "actors[kind=firm].signCost"),
                ChartNames.success("s", "actors[kind-firm].signCost"));
    }

    @Test
    void documentedNames() {
        assertEquals("signatures-paris-call.png", ChartNames.signatures("paris-call"));
        assertEquals("text-A-RES-73-27.png", ChartNames.text("A-RES-73-27"));
        assertEquals("success-call-by-actors-USA.signCost.png", ChartNames.success("call", "actors[USA].signCost"));
        assertEquals("success-call-by-actors-kind=firm.signCost.png",
                ChartNames.success("call", "actors[kind=firm].signCost"));
        assertEquals("heatmap-call-p-q.png", ChartNames.heatMap("call", "p", "q"));
    }
}

package org.negsim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The keys allowed in each kind of object of a scenario file (shared by the binder and the paths). */
final class Schema {

    static final Set<String> TOP = sorted("$schema", "name", "description", "sources", "issues", "actors", "ties",
            "behavior", "stages", "measures", "experiment");
    static final Set<String> ISSUE = sorted("id", "label", "statusQuo");
    static final Set<String> ACTOR = sorted("id", "name", "kind", "groups", "home", "position", "salience",
            "capability", "weights", "signCost", "conformity", "flexibility", "temperature", "availableFrom");
    static final Set<String> TIE = sorted("from", "to", "weight");
    static final Set<String> BEHAVIOR = sorted("distance", "temperature", "abstainBand", "selfWeight",
            "groupTieWeight", "homeTieWeight", "conformity", "signCost", "flexibility");
    static final Set<String> STAGE = sorted("id", "forum", "rule", "members", "text", "initiator", "rounds",
            "concession", "founders", "success", "entryIntoForceDelay", "allowWithdrawal", "when", "absent");
    /** Stage keys that only open declarations take. */
    static final Set<String> OPEN_ONLY = sorted("founders", "success", "entryIntoForceDelay", "allowWithdrawal");
    /** Stage keys that only vote stages take. */
    static final Set<String> VOTE_ONLY = sorted("concession", "absent");
    static final Set<String> SUCCESS = sorted("select", "minCount", "minFraction", "minShare", "weight");
    static final Set<String> MEASURE = sorted("id", "stage", "of", "what", "weight");
    static final Set<String> SELECTOR = sorted("kinds", "groups", "ids");
    static final Set<String> EXPERIMENT = sorted("seed", "replications", "design", "vary");
    static final Set<String> DESIGN = sorted("type", "samples");
    static final Set<String> GRID = sorted("from", "to", "step");
    static final Set<String> RANGE = sorted("min", "max");

    /** Rule type → its allowed keys (including {@code type}), in the order of docs/model.md. */
    static final Map<String, Set<String>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("consensus", sorted("type"));
        RULES.put("unanimity", sorted("type", "abstentionBlocks"));
        RULES.put("majority", sorted("type", "quota", "base"));
        RULES.put("qualified-majority", sorted("type", "memberQuota", "minMembers", "weight", "weightQuota",
                "blockingMinMembers"));
        RULES.put("weighted-majority", sorted("type", "weight", "quota"));
        RULES.put("open-declaration", sorted("type"));
    }

    private Schema() {
    }

    private static Set<String> sorted(String... keys) {
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(java.util.List.of(keys)));
    }
}

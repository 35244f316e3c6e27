package org.negsim.scenario;

import static org.negsim.scenario.Fields.bool;
import static org.negsim.scenario.Fields.intAtLeast;
import static org.negsim.scenario.Fields.required;
import static org.negsim.scenario.Fields.unit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;
import org.negsim.rules.Consensus;
import org.negsim.rules.DecisionRule;
import org.negsim.rules.Majority;
import org.negsim.rules.OpenDeclaration;
import org.negsim.rules.QualifiedMajority;
import org.negsim.rules.Unanimity;
import org.negsim.rules.WeightedMajority;

/** Binds a stage's {@code rule} object of a known type: its parameters ({@link Schema#RULES}) and their defaults. */
final class RuleBinder {

    private RuleBinder() {
    }

    static DecisionRule rule(JsonObject o, String p, String type, SelectorBinder selectors) throws ScenarioException {
        Set<String> allowed = Schema.RULES.get(type);
        for (String k : o.keySet()) {
            if (!allowed.contains(k)) {
                throw new ScenarioException(Json.key(p, k), "unknown key " + Json.quote(k) + " for rule "
                        + Json.quote(type) + "; allowed: " + String.join(", ", allowed));
            }
        }
        switch (type) {
            case "consensus":
                return new Consensus();
            case "unanimity":
                return new Unanimity(o.has("abstentionBlocks") && bool(o.get("abstentionBlocks"), p + ".abstentionBlocks"));
            case "majority": {
                Majority.Quota quota = Majority.Quota.SIMPLE;
                double q = 0;
                if (o.has("quota")) {
                    JsonElement e = o.get("quota");
                    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
                        q = Fields.openUnit(e, p + ".quota");
                        quota = Majority.Quota.NUMBER;
                    } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
                            && (e.getAsString().equals("simple") || e.getAsString().equals("two-thirds"))) {
                        quota = e.getAsString().equals("simple") ? Majority.Quota.SIMPLE : Majority.Quota.TWO_THIRDS;
                    } else {
                        throw new ScenarioException(p + ".quota",
                                "must be \"simple\", \"two-thirds\" or a number in (0, 1], was " + Json.show(e));
                    }
                }
                Majority.Base base = Majority.Base.PRESENT_AND_VOTING;
                if (o.has("base") && Fields.oneOf(o.get("base"), p + ".base", List.of("present-and-voting", "members"))
                        .equals("members")) {
                    base = Majority.Base.MEMBERS;
                }
                return new Majority(quota, q, base);
            }
            case "qualified-majority": {
                QualifiedMajority eu = QualifiedMajority.euCouncil();
                double memberQuota = o.has("memberQuota") ? unit(o.get("memberQuota"), p + ".memberQuota") : eu.memberQuota();
                int minMembers = o.has("minMembers") ? intAtLeast(o.get("minMembers"), p + ".minMembers", 0) : eu.minMembers();
                String weight = selectors.weightName(o, p, eu.weight());
                double weightQuota = o.has("weightQuota") ? unit(o.get("weightQuota"), p + ".weightQuota") : eu.weightQuota();
                int blocking = o.has("blockingMinMembers")
                        ? intAtLeast(o.get("blockingMinMembers"), p + ".blockingMinMembers", 0) : eu.blockingMinMembers();
                return new QualifiedMajority(memberQuota, minMembers, weight, weightQuota, blocking);
            }
            case "weighted-majority": {
                String weight = selectors.weightName(o, p, null);
                return new WeightedMajority(weight, unit(required(o, p, "quota"), p + ".quota"));
            }
            default:
                return new OpenDeclaration();
        }
    }
}

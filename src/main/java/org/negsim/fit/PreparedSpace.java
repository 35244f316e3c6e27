package org.negsim.fit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.negsim.engine.PreparedScenario;
import org.negsim.engine.PreparedScenario.ActorValue;
import org.negsim.scenario.ParameterPaths;
import org.negsim.scenario.ScenarioException;

/**
 * The scenario of a fit bound and prepared once, with the free parameters applied to the prepared
 * structure ({@link PreparedScenario#withActorValues}) instead of binding the scenario anew at every
 * evaluation of the likelihood. It applies when every free parameter is a per-actor value the engine
 * reads from its arrays — a path {@code behavior.F} or {@code actors[...].F} with F one of
 * {@code signCost}, {@code conformity}, {@code flexibility}, {@code temperature} — and a probe confirms
 * it: binding the scenario with the parameter at either end of its range changes exactly that value
 * of a fixed set of actors, to the parameter's value, and nothing else the engine's arrays hold.
 * Otherwise {@link #of} returns null and the caller binds at each point. A covariate coefficient
 * ({@link Coefficient}) adds θ · covariate to its actors' value after the plain parameters are set,
 * as {@link ParameterSpace} does on the tree. Not thread-safe.
 */
final class PreparedSpace {

    private static final Map<String, ActorValue> FIELDS = Coefficient.FIELDS;

    private final PreparedScenario base;
    private final Map<ActorValue, double[]> baseValues;
    private final ActorValue[] field;
    private final int[][] actors;
    /** Per parameter, the covariate of each of its actors for a coefficient, or null for a plain value. */
    private final double[][] covariates;

    private PreparedSpace(PreparedScenario base, Map<ActorValue, double[]> baseValues, ActorValue[] field, int[][] actors,
                          double[][] covariates) {
        this.base = base;
        this.baseValues = baseValues;
        this.field = field;
        this.actors = actors;
        this.covariates = covariates;
    }

    /** The prepared space, or null when some free parameter is not (provably) a per-actor value. */
    static PreparedSpace of(ParameterSpace space) {
        List<FreeParameter> parameters = space.parameters();
        int k = parameters.size();
        double[] start = space.start();
        ActorValue[] field = new ActorValue[k];
        int[][] actors = new int[k][];
        double[][] covariates = new double[k][];
        for (int j = 0; j < k; j++) {
            Coefficient c = space.coefficient(j);
            if (c != null) {
                start[j] = 0.0;
                field[j] = c.value();
                actors[j] = c.actors();
                covariates[j] = c.covariates();
            }
        }
        PreparedScenario base;
        try {
            base = PreparedScenario.of(space.scenarioAt(start));
            for (int j = 0; j < k; j++) {
                if (covariates[j] != null) {
                    continue;
                }
                FreeParameter p = parameters.get(j);
                String path = p.path();
                String top = ParameterPaths.topKey(path);
                int dot = path.lastIndexOf('.');
                field[j] = dot < 0 ? null : FIELDS.get(path.substring(dot + 1));
                if (field[j] == null || !(top.equals("behavior") || top.equals("actors"))) {
                    return null;
                }
                actors[j] = probe(space, base, start, j, field[j]);
                if (actors[j] == null) {
                    return null;
                }
            }
        } catch (ScenarioException e) {
            return null;
        }
        Map<ActorValue, double[]> values = new EnumMap<>(ActorValue.class);
        for (ActorValue v : ActorValue.values()) {
            values.put(v, base.actorValues(v));
        }
        return new PreparedSpace(base, values, field, actors, covariates);
    }

    /** The actors whose {@code which} value parameter j sets, or null if it sets anything else. */
    private static int[] probe(ParameterSpace space, PreparedScenario base, double[] start, int j, ActorValue which)
            throws ScenarioException {
        FreeParameter p = space.parameters().get(j);
        double[][] at = new double[2][];
        double[] ends = {p.min(), p.max()};
        boolean[] set = new boolean[base.actorValues(which).length];
        for (int e = 0; e < 2; e++) {
            double[] x = start.clone();
            x[j] = ends[e];
            PreparedScenario probe = PreparedScenario.of(space.scenarioAt(x));
            for (ActorValue v : ActorValue.values()) {
                double[] was = base.actorValues(v);
                double[] now = probe.actorValues(v);
                for (int i = 0; i < was.length; i++) {
                    if (Double.compare(was[i], now[i]) != 0) {
                        if (v != which) {
                            return null;
                        }
                        set[i] = true;
                    }
                }
                if (v == which) {
                    at[e] = now;
                }
            }
        }
        space.scenarioAt(start);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < set.length; i++) {
            if (set[i]) {
                if (at[0][i] != ends[0] || at[1][i] != ends[1]) {
                    return null;
                }
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The prepared scenario with the free parameters at {@code values}. */
    PreparedScenario at(double[] values) {
        Map<ActorValue, double[]> v = new EnumMap<>(ActorValue.class);
        for (Map.Entry<ActorValue, double[]> e : baseValues.entrySet()) {
            v.put(e.getKey(), e.getValue().clone());
        }
        for (int j = 0; j < values.length; j++) {
            if (covariates[j] == null) {
                double[] target = v.get(field[j]);
                for (int i : actors[j]) {
                    target[i] = values[j];
                }
            }
        }
        for (int j = 0; j < values.length; j++) {
            if (covariates[j] != null) {
                double[] target = v.get(field[j]);
                for (int m = 0; m < actors[j].length; m++) {
                    target[actors[j][m]] += values[j] * covariates[j][m];
                }
            }
        }
        return base.withActorValues(v);
    }
}

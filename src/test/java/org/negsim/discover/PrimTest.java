package org.negsim.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrimTest {

    private static PrimSettings alpha(double a) {
        return new PrimSettings(a, a, 0.05, 0.8, -1, 1);
    }

    /**
     * x = 0..19, of interest when x ≥ 10, α = 0.1; every step checked by hand (docs/discover.md):
     * the lower face is peeled at 1.5, 3.5, 5.5, 7.5, 9.5 (two rows each), then no peel raises the
     * mean and no paste is accepted.
     */
    @Test
    void handComputedTwentyRows() throws DiscoverException {
        double[] x = new double[20];
        boolean[] y = new boolean[20];
        for (int i = 0; i < 20; i++) {
            x[i] = i;
            y[i] = i >= 10;
        }
        Dataset data = new Dataset(List.of(Input.numeric("x", false, x)), y, "y = true", 0);
        Discovery d = Prim.run(data, alpha(0.1));
        Region r = d.regions().get(0);
        List<Step> t = r.trajectory();
        assertEquals(6, t.size());
        double[] lows = {0, 1.5, 3.5, 5.5, 7.5, 9.5};
        for (int i = 0; i < 6; i++) {
            Step s = t.get(i);
            assertEquals(20 - 2 * i, s.rows());
            assertEquals(10, s.cases());
            assertEquals(1.0, s.coverage());
            assertEquals(10.0 / (20 - 2 * i), s.density(), 1e-15);
            assertEquals((20 - 2 * i) / 20.0, s.mass(), 1e-15);
            assertEquals(i == 0 ? 0 : 1, s.restricted());
            assertEquals(lows[i], s.box().low(0));
            assertEquals(19, s.box().high(0));
        }
        assertEquals(5, r.chosen());
        Limit l = r.limits().get(0);
        assertEquals(9.5, l.low());
        assertEquals(19, l.high());
        assertEquals(Math.pow(0.5, 10), l.qpLow(), 1e-15);
        assertTrue(Double.isNaN(l.qpHigh()));
    }

    /** Of interest exactly inside a ∈ [0.2, 0.6] × b ≥ 0.5; c is irrelevant. */
    @Test
    void plantedBoxRestrictsTheRightInputsNearTheRightLimits() throws DiscoverException {
        Dataset data = planted(4000, 7);
        Discovery d = Prim.run(data, PrimSettings.DEFAULTS);
        Region r = d.regions().get(0);
        List<Limit> limits = r.limits();
        assertEquals(List.of("a", "b"), limits.stream().map(Limit::input).toList());
        assertEquals(0.2, limits.get(0).low(), 0.03);
        assertEquals(0.6, limits.get(0).high(), 0.03);
        assertEquals(0.5, limits.get(1).low(), 0.03);
        assertEquals(1.0, limits.get(1).high(), 0.01);
        assertTrue(Double.isNaN(limits.get(1).qpHigh()), "b's upper limit is not restricted");
        assertTrue(limits.get(0).qpLow() < 1e-6 && limits.get(1).qpLow() < 1e-6);
        assertTrue(r.chosenStep().density() > 0.9, "density " + r.chosenStep().density());
        assertTrue(r.chosenStep().coverage() >= 0.8);
    }

    @Test
    void everyBoxOfTheTrajectoryIsItsLimitsAppliedToTheData() throws DiscoverException {
        Dataset data = planted(3000, 11);
        Discovery d = Prim.run(data, PrimSettings.DEFAULTS);
        for (Step s : d.regions().get(0).trajectory()) {
            int n = 0;
            int k = 0;
            for (int row = 0; row < data.rows(); row++) {
                boolean in = true;
                for (Limit l : d.limits(s)) {
                    int j = List.of("a", "b", "c").indexOf(l.input());
                    double v = data.inputs().get(j).value(row);
                    in &= l.low() <= v && v <= l.high();
                }
                if (in) {
                    n++;
                    k += data.interest()[row] ? 1 : 0;
                }
            }
            assertEquals(s.rows(), n);
            assertEquals(s.cases(), k);
        }
    }

    @Test
    void categoricalInputsArePeeledByCategory() throws DiscoverException {
        MersenneTwisterFast rng = new MersenneTwisterFast(3);
        int n = 3000;
        double[] a = new double[n];
        int[] colour = new int[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            a[i] = rng.nextDouble();
            colour[i] = rng.nextInt(3);
            y[i] = a[i] >= 0.5 && colour[i] == 1;
        }
        Dataset data = new Dataset(List.of(Input.numeric("a", false, a),
                Input.categorical("colour", colour, List.of("blue", "green", "red"))), y, "y", 0);
        Region r = Prim.run(data, PrimSettings.DEFAULTS).regions().get(0);
        Limit c = r.limits().stream().filter(l -> l.input().equals("colour")).findFirst().orElseThrow();
        assertEquals(List.of("green"), c.categories());
        assertFalse(Double.isNaN(c.qpLow()));
        Limit al = r.limits().stream().filter(l -> l.input().equals("a")).findFirst().orElseThrow();
        assertEquals(0.5, al.low(), 0.03);
    }

    @Test
    void integerInputsKeepDataValuesAsLimits() throws DiscoverException {
        int n = 1000;
        double[] k = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            k[i] = i % 10;
            y[i] = k[i] >= 5;
        }
        Dataset data = new Dataset(List.of(Input.numeric("k", true, k)), y, "y", 0);
        Region r = Prim.run(data, PrimSettings.DEFAULTS).regions().get(0);
        assertEquals(1.0, r.chosenStep().density());
        assertEquals(1.0, r.chosenStep().coverage());
        assertEquals(5, r.limits().get(0).low());
        assertEquals(9, r.limits().get(0).high());
    }

    @Test
    void coveringFindsASecondRegionOnTheRowsLeft() throws DiscoverException {
        MersenneTwisterFast rng = new MersenneTwisterFast(5);
        int n = 4000;
        double[] a = new double[n];
        double[] b = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            a[i] = rng.nextDouble();
            b[i] = rng.nextDouble();
            y[i] = (a[i] < 0.4 && b[i] < 0.4) || (a[i] > 0.85 && b[i] > 0.85);
        }
        Dataset data = new Dataset(List.of(Input.numeric("a", false, a), Input.numeric("b", false, b)), y, "y", 0);
        Discovery d = Prim.run(data, new PrimSettings(0.05, 0.05, 0.01, 0.45, -1, 3));
        assertTrue(d.regions().size() >= 2);
        Region first = d.regions().get(0);
        Region second = d.regions().get(1);
        assertEquals(first.chosenStep().rows(), n - second.startRows());
        assertTrue(first.chosenStep().density() > 0.8 && second.chosenStep().density() > 0.8);
    }

    @Test
    void sameDataSameBoxes() throws DiscoverException {
        Discovery one = Prim.run(planted(2000, 1), PrimSettings.DEFAULTS);
        Discovery two = Prim.run(planted(2000, 1), PrimSettings.DEFAULTS);
        assertEquals(DiscoveryReport.text(one, "t"), DiscoveryReport.text(two, "t"));
        assertEquals(DiscoveryReport.limitsCsv(one, 1), DiscoveryReport.limitsCsv(two, 1));
    }

    @Test
    void tiedRowsAreRemovedTogether() throws DiscoverException {
        // 40 rows with x in {0, 1, 2, 3} (10 each); of interest when x = 3: a peel cuts between values
        double[] x = new double[40];
        boolean[] y = new boolean[40];
        for (int i = 0; i < 40; i++) {
            x[i] = i / 10;
            y[i] = x[i] == 3;
        }
        Dataset data = new Dataset(List.of(Input.numeric("x", false, x)), y, "y", 0);
        for (Step s : Prim.run(data, PrimSettings.DEFAULTS).regions().get(0).trajectory()) {
            assertEquals(0, s.rows() % 10, "a peel split tied values: " + s);
        }
    }

    @Test
    void constantOrEmptyOutcomesAreRefused() {
        double[] x = {1, 2, 3};
        DiscoverException none = assertThrows(DiscoverException.class, () -> Prim.run(
                new Dataset(List.of(Input.numeric("x", false, x)), new boolean[3], "y = true", 0), PrimSettings.DEFAULTS));
        assertTrue(none.getMessage().startsWith("no case of interest"), none.getMessage());
        DiscoverException all = assertThrows(DiscoverException.class, () -> Prim.run(
                new Dataset(List.of(Input.numeric("x", false, x)), new boolean[] {true, true, true}, "y = true", 0),
                PrimSettings.DEFAULTS));
        assertTrue(all.getMessage().startsWith("the outcome is constant"), all.getMessage());
    }

    static Dataset planted(int n, long seed) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        double[] a = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            a[i] = rng.nextDouble();
            b[i] = rng.nextDouble();
            c[i] = rng.nextDouble();
            y[i] = a[i] >= 0.2 && a[i] <= 0.6 && b[i] >= 0.5;
        }
        return new Dataset(List.of(Input.numeric("a", false, a), Input.numeric("b", false, b),
                Input.numeric("c", false, c)), y, "y = true", 0);
    }
}

package org.negsim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.stats.SobolIndices;

class CsvReportTest {

    @Test
    void groupsHeadedByTheirPathsWithEmptyCellsForUndefinedValues() {
        GroupStatistics once = new GroupStatistics();
        once.add(true, true, 3, 4, 0.25);
        GroupStatistics never = new GroupStatistics();
        never.add(false, false, Double.NaN, Double.NaN, Double.NaN);
        Inspection i = new Inspection(ResultsFixture.manifestRecord("grid", 2, 1, 2, true, 1), List.of("s"), "s",
                "majority", List.of("actors[kind=firm].signCost"),
                List.of(new Inspection.Group(List.of("0.1"), once), new Inspection.Group(List.of("a,b"), never)),
                2, null, null, List.of("actors[kind=firm].signCost"));
        // 1 of 1: centre (1 + z²/2)/(1 + z²), half (z²/2)/(1 + z²), so [1/(1 + z²), 1] = [0.20655, 1]
        // (centre − half lands one ulp above the closed form);
        // 0 of 1: [0, z²/(1 + z²)] = [0, 0.79345]
        assertEquals("""
                actors[kind=firm].signCost,runs,success_rate,success_low,success_high,ran,success_round_mean,\
                success_round_se,joined_mean,joined_se,ambition_mean,ambition_se
                0.1,1,1.0,0.20654931437723745,1.0,1,3.0,,4.0,,0.25,
                "a,b",1,0.0,0.0,0.7934506856227626,0,,,,,,
                """, CsvReport.groups(i));
    }

    @Test
    void sobolRowsInTheDocumentedColumnOrder() {
        SobolAnalysis a = new SobolAnalysis(List.of("t"), List.of(new SobolIndices.Estimate(0.5, 0.25, 0.75,
                0.625, 0.5, 1.0)), null, 3, 1);
        assertEquals("""
                parameter,first_order,total_order,first_low,first_high,total_low,total_high
                t,0.5,0.625,0.25,0.75,0.5,1.0
                """, CsvReport.sobol(a));
        SobolAnalysis undefined = new SobolAnalysis(List.of("t", "u"), List.of(), "constant", 4, 1);
        assertEquals("""
                parameter,first_order,total_order,first_low,first_high,total_low,total_high
                t,,,,,,
                u,,,,,,
                """, CsvReport.sobol(undefined));
    }
}

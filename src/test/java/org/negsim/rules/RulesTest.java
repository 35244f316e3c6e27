package org.negsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every decision rule against hand-computed tallies, edges first. */
class RulesTest {

    @Nested
    class ConsensusRule {
        private final Consensus rule = new Consensus();

        @Test
        void adoptsWhenEveryoneAbstains() {
            assertTrue(rule.adopts(Tally.of(0, 0, 25)));
        }

        @Test
        void oneObjectionBlocks() {
            assertFalse(rule.adopts(Tally.of(24, 1, 0)));
        }

        @Test
        void silenceIsFine() {
            assertTrue(rule.adopts(Tally.of(20, 0, 5)));
        }
    }

    @Nested
    class UnanimityRule {
        @Test
        void abstentionDoesNotBlockByDefault() {
            assertTrue(new Unanimity(false).adopts(Tally.of(27, 0, 1)));
        }

        @Test
        void abstentionBlocksWhenConfigured() {
            assertFalse(new Unanimity(true).adopts(Tally.of(27, 0, 1)));
            assertTrue(new Unanimity(true).adopts(Tally.of(28, 0, 0)));
        }

        @Test
        void needsAtLeastOneYes() {
            assertFalse(new Unanimity(false).adopts(Tally.of(0, 0, 28)));
        }

        @Test
        void oneNoBlocks() {
            assertFalse(new Unanimity(false).adopts(Tally.of(27, 1, 0)));
        }
    }

    @Nested
    class MajorityRule {
        private final Majority simple = new Majority(Majority.Quota.SIMPLE, 0, Majority.Base.PRESENT_AND_VOTING);
        private final Majority simpleOfMembers = new Majority(Majority.Quota.SIMPLE, 0, Majority.Base.MEMBERS);
        private final Majority twoThirds = new Majority(Majority.Quota.TWO_THIRDS, 0,
                Majority.Base.PRESENT_AND_VOTING);
        private final Majority twoThirdsOfMembers = new Majority(Majority.Quota.TWO_THIRDS, 0, Majority.Base.MEMBERS);

        @Test
        void tieFails() {
            assertFalse(simple.adopts(Tally.of(5, 5, 0)));
        }

        @Test
        void oneVoteMoreAdopts() {
            assertTrue(simple.adopts(Tally.of(6, 5, 0)));
        }

        @Test
        void abstentionsAreNotPresentAndVoting() {
            assertTrue(simple.adopts(Tally.of(3, 2, 100)));
        }

        @Test
        void noYesNeverAdopts() {
            assertFalse(simple.adopts(Tally.of(0, 0, 10)));
            assertFalse(new Majority(Majority.Quota.NUMBER, 0.0, Majority.Base.PRESENT_AND_VOTING)
                    .adopts(Tally.of(0, 0, 10)));
        }

        @Test
        void simpleMajorityOfMembersCountsAbstentionsAgainst() {
            assertFalse(simpleOfMembers.adopts(Tally.of(3, 0, 4)));
            assertTrue(simpleOfMembers.adopts(Tally.of(4, 0, 3)));
            assertFalse(simpleOfMembers.adopts(Tally.of(4, 0, 4)), "exactly half of 8 is not a majority");
        }

        @Test
        void twoThirdsExactlyAdopts() {
            assertTrue(twoThirds.adopts(Tally.of(2, 1, 7)));
            assertTrue(twoThirds.adopts(Tally.of(128, 64, 0)));
        }

        @Test
        void twoThirdsOneShortFails() {
            assertFalse(twoThirds.adopts(Tally.of(3, 2, 0)));
            assertFalse(twoThirds.adopts(Tally.of(127, 64, 0)));
        }

        @Test
        void twoThirdsOfMembers() {
            assertTrue(twoThirdsOfMembers.adopts(Tally.of(129, 0, 64)));
            assertFalse(twoThirdsOfMembers.adopts(Tally.of(128, 0, 65)));
        }

        @ParameterizedTest(name = "q={0}: {1} yes, {2} no, {3} abstain -> {4}")
        @CsvSource({
            "0.6, 3, 2, 0, true",     // 3 >= 0.6*5 exactly
            "0.6, 2, 2, 0, false",
            "0.55, 11, 9, 0, true",   // 11 of 20 is exactly 55 %
            "0.55, 10, 10, 0, false",
            "0.1, 1, 9, 5, true",     // 1 >= 0.1*10 exactly, although 0.1*10 is not exact in binary
            "1.0, 5, 0, 3, true",
            "1.0, 5, 1, 0, false",
        })
        void numericQuotaPresentAndVoting(double q, int yes, int no, int abstain, boolean adopted) {
            assertEquals(adopted, new Majority(Majority.Quota.NUMBER, q, Majority.Base.PRESENT_AND_VOTING)
                    .adopts(Tally.of(yes, no, abstain)));
        }

        @ParameterizedTest(name = "q={0} of members: {1} yes, {2} no, {3} abstain -> {4}")
        @CsvSource({
            "0.55, 11, 0, 9, true",
            "0.55, 10, 0, 10, false",
            "0.3, 3, 0, 7, true",
            "0.3, 2, 0, 8, false",
        })
        void numericQuotaOfMembers(double q, int yes, int no, int abstain, boolean adopted) {
            assertEquals(adopted, new Majority(Majority.Quota.NUMBER, q, Majority.Base.MEMBERS)
                    .adopts(Tally.of(yes, no, abstain)));
        }
    }

    @Nested
    class QualifiedMajorityRule {
        private static Tally weighted(int yes, int no, int abstain, double yesWeight, double totalWeight) {
            return new Tally(yes + no + abstain, yes, no, abstain, yesWeight, totalWeight);
        }

        private final QualifiedMajority memberOnly = new QualifiedMajority(0.55, 0, "population", 0.0, 0);

        @Test
        void elevenOfTwentyIsFiftyFivePercent() {
            assertTrue(memberOnly.adopts(weighted(11, 9, 0, 1, 1)));
            assertFalse(memberOnly.adopts(weighted(10, 10, 0, 1, 1)));
        }

        @Test
        void fiftyFiveOfOneHundredIsFiftyFivePercent() {
            assertTrue(memberOnly.adopts(weighted(55, 45, 0, 1, 1)));
            assertFalse(memberOnly.adopts(weighted(54, 46, 0, 1, 1)));
        }

        @Test
        void fifteenOfTwentySevenMeetsTheMemberQuota() {
            // 0.55 * 27 = 14.85, so 15 members are needed and suffice
            assertTrue(memberOnly.adopts(weighted(15, 12, 0, 1, 1)));
            assertFalse(memberOnly.adopts(weighted(14, 13, 0, 1, 1)));
        }

        @Test
        void euMinimumOfFifteenMembers() {
            QualifiedMajority eu = QualifiedMajority.euCouncil();
            // 20 members: 55 % is 11, but the EU minimum is 15
            assertFalse(eu.adopts(weighted(14, 6, 0, 90, 100)));
            assertTrue(eu.adopts(weighted(15, 5, 0, 90, 100)));
        }

        @Test
        void exactWeightQuotaAdopts() {
            QualifiedMajority eu = QualifiedMajority.euCouncil();
            assertTrue(eu.adopts(weighted(16, 12, 0, 65.0, 100.0)));
            assertTrue(eu.adopts(weighted(16, 12, 0, 0.65 * 447.0, 447.0)), "within the 1e-12 tolerance");
            assertFalse(eu.adopts(weighted(16, 12, 0, 64.9999, 100.0)));
        }

        @Test
        void threeNonYesMembersCannotBlock() {
            // 18 members, 15 yes holding only 60 % of the weight: 3 non-yes members are no blocking minority
            assertTrue(QualifiedMajority.euCouncil().adopts(weighted(15, 3, 0, 60, 100)));
        }

        @Test
        void fourNonYesMembersBlock() {
            // 19 members, 15 yes holding 60 %: 4 non-yes members form a blocking minority
            assertFalse(QualifiedMajority.euCouncil().adopts(weighted(15, 4, 0, 60, 100)));
            assertFalse(QualifiedMajority.euCouncil().adopts(weighted(15, 0, 4, 60, 100)),
                    "abstentions count as non-yes for the blocking minority");
        }

        @Test
        void memberQuotaStillRequiredWithoutBlockingMinority() {
            QualifiedMajority rule = new QualifiedMajority(0.55, 0, "population", 0.65, 4);
            // 5 members, 2 yes (40 %) — 3 non-yes cannot block, but the member quota fails
            assertFalse(rule.adopts(weighted(2, 3, 0, 99, 100)));
        }
    }

    @Nested
    class WeightedMajorityRule {
        @Test
        void exactQuotaAdopts() {
            WeightedMajority rule = new WeightedMajority("votes", 0.85);
            assertTrue(rule.adopts(new Tally(3, 2, 1, 0, 85.0, 100.0)));
            assertFalse(rule.adopts(new Tally(3, 2, 1, 0, 84.99, 100.0)));
        }

        @Test
        void noYesNeverAdoptsEvenAtZeroQuota() {
            assertFalse(new WeightedMajority("votes", 0.0).adopts(new Tally(3, 0, 1, 2, 0.0, 100.0)));
        }
    }

    @Nested
    class Exactness {
        @Test
        void binaryFloatingPointWouldMiscount() {
            // 0.55 * 100 is 55.00000000000001 in binary floating point: ceil would demand 56 of 100
            assertEquals(56, (long) Math.ceil(0.55 * 100), "the trap Thresholds avoids");
            assertEquals(55, Thresholds.ceilOfFraction(0.55, 100));
            assertTrue(Thresholds.atLeastFraction(55, 0.55, 100));
            assertTrue(Thresholds.atLeastFraction(1, 0.1, 10));
            assertFalse(0.1 * 3 <= 0.3, "0.1 * 3 exceeds 0.3 in binary");
            assertTrue(Thresholds.atLeastFraction(3, 0.1, 30));
        }

        @Test
        void weightToleranceIsRelative() {
            assertTrue(Thresholds.weightAtLeast(0.65e12 * (1 - 1e-13), 0.65, 1e12));
            assertFalse(Thresholds.weightAtLeast(0.65e12 * (1 - 1e-11), 0.65, 1e12));
        }
    }

    @Test
    void tallyRejectsInconsistentCounts() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Tally(10, 3, 3, 3, 0, 0));
    }
}

package org.negsim.model;

import java.util.List;

/**
 * A named outcome computed at the end of one stage in every run, written as the column
 * {@code measure_<id>} of {@code runs.csv} (empty when the stage did not run).
 *
 * @param id     unique measure id (the column is {@code measure_<id>})
 * @param stage  the id of the stage it is computed at
 * @param of     the actors it counts
 * @param what   what is computed
 * @param weight the weight name of {@link What#SHARE}, else {@code null}
 */
public record Measure(String id, String stage, Selector of, What what, String weight) {

    /** What a measure computes over its selected actors at the end of its stage. */
    public enum What {
        /** How many selected actors support the text at the end (joined, or voted yes in the last round). */
        JOINED("joined"),
        /** {@link #JOINED} over the number of selected actors, in [0, 1]. */
        JOINED_FRACTION("joined-fraction"),
        /** The supporters' weight over the selected actors' total weight, in [0, 1]; empty if they weigh nothing. */
        SHARE("share"),
        /** Selected actors voting yes in the last round (vote stages). */
        YES("yes"),
        /** Selected actors voting no in the last round (vote stages). */
        NO("no"),
        /** Selected members abstaining in the last round, unavailable members included (vote stages). */
        ABSTAIN("abstain"),
        /** One actor: the round it joined (0 for a founder) or of its last vote; empty if it never joined. */
        DECISION_ROUND("decision-round"),
        /** Selected actors that are pivotal in the stage (docs/model.md, "Pivotal actors"). */
        PIVOTAL("pivotal");

        private final String word;

        What(String word) {
            this.word = word;
        }

        /** The word of the scenario file and the command line, e.g. {@code joined-fraction}. */
        public String word() {
            return word;
        }

        /** Whether the value is a whole number (written as an integer cell). */
        public boolean integral() {
            return this != JOINED_FRACTION && this != SHARE;
        }

        /** Whether it needs a vote stage. */
        public boolean voteOnly() {
            return this == YES || this == NO || this == ABSTAIN;
        }

        /** Every word, in the order of the documentation. */
        public static List<String> words() {
            return java.util.Arrays.stream(values()).map(What::word).toList();
        }

        /** The value of a word, or null. */
        public static What of(String word) {
            for (What w : values()) {
                if (w.word.equals(word)) {
                    return w;
                }
            }
            return null;
        }
    }

    /** The column of {@code runs.csv}: {@code measure_<id>}. */
    public String column() {
        return "measure_" + id;
    }
}

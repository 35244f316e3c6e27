package org.negsim.gui;

import java.awt.Color;

/**
 * The colour of an actor's decision in the network display: {@code joined} and {@code yes} green,
 * {@code no} red, {@code abstain} grey, {@code none} (undecided, not yet joined, not a member)
 * white-ish.
 */
final class Decisions {

    /** Joined an open declaration, or voted yes. */
    static final Color SUPPORT = new Color(0x2c, 0xa0, 0x2c);
    /** Voted no (a formal objection under consensus). */
    static final Color NO = new Color(0xd6, 0x27, 0x28);
    /** Abstained, or was not yet available to vote. */
    static final Color ABSTAIN = new Color(0x9e, 0x9e, 0x9e);
    /** Has not joined, has not voted yet, is absent from the vote, or is not a member of the stage. */
    static final Color NONE = new Color(0xf2, 0xf2, 0xf2);

    private Decisions() {
    }

    /** The colour of a decision as {@link org.negsim.engine.StageActors#decision} names it. */
    static Color color(String decision) {
        return switch (decision) {
            case "joined", "yes" -> SUPPORT;
            case "no" -> NO;
            case "abstain" -> ABSTAIN;
            default -> NONE;
        };
    }
}

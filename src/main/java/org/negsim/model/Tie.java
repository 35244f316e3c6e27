package org.negsim.model;

/**
 * An explicit directed influence link {@code from → to}.
 *
 * @param from   id of the influencing actor
 * @param to     id of the influenced actor (different from {@code from})
 * @param weight weight &gt; 0
 */
public record Tie(String from, String to, double weight) {
}

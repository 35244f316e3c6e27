package org.negsim.model;

/**
 * One dimension of the negotiated text: a scale from 0 to 1.
 *
 * @param id        unique identifier, used in paths and CSV column names
 * @param label     human-readable description (may be empty)
 * @param statusQuo where the world stays without agreement, in [0, 1]
 */
public record Issue(String id, String label, double statusQuo) {
}

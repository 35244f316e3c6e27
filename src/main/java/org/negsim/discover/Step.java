package org.negsim.discover;

/**
 * One box of a peeling (and pasting) trajectory.
 *
 * @param box        its limits
 * @param rows       rows in it (of the rows the region's search started from)
 * @param cases      cases of interest in it
 * @param coverage   cases / all cases of interest of the data, in [0, 1]
 * @param density    cases / rows, in [0, 1]
 * @param mass       rows / all rows of the data, in [0, 1]
 * @param restricted the number of inputs it restricts
 * @param pasted     whether it came from a pasting step (false: the start box or a peel)
 */
public record Step(Box box, int rows, int cases, double coverage, double density, double mass, int restricted,
                   boolean pasted) {
}

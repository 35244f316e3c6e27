/**
 * Voting power in the simple game of a vote stage's rule, and the pivotal actors of a run. Pure
 * computation over {@code model} and {@code rules}: no printing, no files, no clock.
 * <ul>
 *   <li>{@link org.negsim.power.CoalitionGame}: the rule as a simple game over integer-scaled weights;</li>
 *   <li>{@link org.negsim.power.PowerAnalysis}: Penrose, Banzhaf and Shapley–Shubik indices by the
 *       cheapest exact method ({@link org.negsim.power.SizeWeightCounting},
 *       {@link org.negsim.power.GrayCodeEnumeration}) or, where exact is out of reach, by
 *       {@link org.negsim.power.MonteCarloPower};</li>
 *   <li>{@link org.negsim.power.Pivots}: who could have made or broken the text at the end of a stage.</li>
 * </ul>
 */
package org.negsim.power;

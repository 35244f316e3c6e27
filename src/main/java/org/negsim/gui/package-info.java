/**
 * {@code negsim gui}: MASON's console on one run of a scenario — a network display of the actors
 * coloured by decision, a chart of supporters per round, and MASON inspectors on every actor,
 * stepping round by round. Nothing outside this package (but the {@code gui} command) imports it,
 * and the engine knows nothing of it: it reads a run through
 * {@link org.negsim.engine.NegotiationSim#currentStage()} and a
 * {@link org.negsim.engine.RunListener}.
 */
package org.negsim.gui;

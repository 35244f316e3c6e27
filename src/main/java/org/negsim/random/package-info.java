/**
 * Seeded randomness shared by the engine, the designs, the statistics and the analyses: the
 * SplitMix64 seed mixer ({@link org.negsim.random.Seeds}, run seeds in [0, 2^53)) and the adapter
 * that gives Commons Math a MASON {@code MersenneTwisterFast} as its {@code RandomGenerator}
 * ({@link org.negsim.random.MersenneTwisterAdapter}). Nothing here reads the clock or draws
 * unseeded randomness.
 */
package org.negsim.random;

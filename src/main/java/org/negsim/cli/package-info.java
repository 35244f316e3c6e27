/**
 * The {@code negsim} command line: thin picocli commands that read a scenario, call the engine,
 * write through {@code org.negsim.io} and print through the command's output and error writers.
 * Only {@link org.negsim.cli.Main#main} exits the JVM.
 */
package org.negsim.cli;

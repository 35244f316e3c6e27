package org.negsim.cli;

import org.negsim.io.EngineVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: negsim's version and the Java runtime it runs on. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"negsim " + EngineVersion.get(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}

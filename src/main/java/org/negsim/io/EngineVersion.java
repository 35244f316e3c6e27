package org.negsim.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * negsim's version, for {@code --version} and the manifest. Looked up, in order: the
 * {@code Implementation-Version} of the jar manifest; the {@code pom.properties} Maven puts into
 * every jar it builds; the {@code <version>} of the {@code pom.xml} two folders above the class
 * folder (a build from source, {@code target/classes}); else {@code "unknown"}.
 */
public final class EngineVersion {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.negsim/negsim/pom.properties";
    /** The project's own version: the {@code <version>} right after {@code <artifactId>negsim</artifactId>}. */
    private static final Pattern POM_VERSION =
            Pattern.compile("<artifactId>negsim</artifactId>\\s*<version>([^<]+)</version>");

    private static final String VERSION = lookUp();

    private EngineVersion() {
    }

    /** The version, e.g. {@code 0.1.0}; never null. */
    public static String get() {
        return VERSION;
    }

    private static String lookUp() {
        String v = EngineVersion.class.getPackage().getImplementationVersion();
        if (v != null && !v.isBlank()) {
            return v;
        }
        try (InputStream in = EngineVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                v = p.getProperty("version");
                if (v != null && !v.isBlank()) {
                    return v.trim();
                }
            }
        } catch (IOException e) {
            // fall through to the source tree
        }
        return fromSourceTree();
    }

    private static String fromSourceTree() {
        try {
            Path classes = Path.of(EngineVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path pom = classes.getParent() == null || classes.getParent().getParent() == null
                    ? null : classes.getParent().getParent().resolve("pom.xml");
            if (pom != null && Files.isRegularFile(pom)) {
                Matcher m = POM_VERSION.matcher(Files.readString(pom));
                if (m.find()) {
                    return m.group(1).trim();
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // no readable source tree
        }
        return "unknown";
    }
}

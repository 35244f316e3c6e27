package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code negsim} launcher's choice of JVM options: a copy of the script in a folder with a jar
 * already built, run with a {@code java} and a {@code getconf} of the test's on the PATH that print
 * what they were given, so no JVM starts and no build runs.
 */
class LauncherTest {

    @TempDir
    Path dir;

    private Path bin;

    @BeforeEach
    void layOut() throws IOException {
        Files.copy(Path.of("negsim"), dir.resolve("negsim"));
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/negsim.jar"), "");
        bin = Files.createDirectories(dir.resolve("bin"));
        script(bin.resolve("java"), "#!/bin/sh\necho \"java $*\"\n");
    }

    private static void script(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The java command line the launcher runs, with this many CPUs and these JAVA_OPTS (null: unset). */
    private String javaLine(int cpus, String javaOpts) throws Exception {
        script(bin.resolve("getconf"), "#!/bin/sh\necho " + cpus + "\n");
        return launcher(javaOpts);
    }

    /** What the launcher prints when run with {@code --version} and these JAVA_OPTS (null: unset). */
    private String launcher(String javaOpts) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", dir.resolve("negsim").toString(), "--version")
                .redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        if (javaOpts == null) {
            pb.environment().remove("JAVA_OPTS");
        } else {
            pb.environment().put("JAVA_OPTS", javaOpts);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void aSmallMachineGetsTheSerialCollector() throws Exception {
        String jar = dir.resolve("target/negsim.jar").toString();
        assertEquals("java -XX:+UseSerialGC -jar " + jar + " --version", javaLine(2, null));
        assertEquals("java -XX:+UseSerialGC -jar " + jar + " --version", javaLine(4, ""));
        assertEquals("java -XX:+UseSerialGC -Xmx2g -jar " + jar + " --version", javaLine(2, "-Xmx2g"));
        // options that merely start like a collector's or end like one do not count as choosing one
        assertEquals("java -XX:+UseSerialGC -XX:+UseNUMA -XX:+PrintGC -jar " + jar + " --version",
                javaLine(2, "-XX:+UseNUMA -XX:+PrintGC"));
    }

    @Test
    void aLargerMachineOrAChosenCollectorKeepsTheJvmsChoice() throws Exception {
        String jar = dir.resolve("target/negsim.jar").toString();
        assertEquals("java -jar " + jar + " --version", javaLine(5, null));
        assertEquals("java -XX:+UseG1GC -jar " + jar + " --version", javaLine(2, "-XX:+UseG1GC"));
        assertEquals("java -Xmx4g -XX:+UseParallelGC -jar " + jar + " --version",
                javaLine(2, "-Xmx4g -XX:+UseParallelGC"));
    }

    /**
     * In a clone, a commit made after the jar was built makes the launcher rebuild it (so that the jar
     * records the commit it is built from); a jar built after the last commit is used as it is.
     */
    @Test
    void aCommitSinceTheBuildRebuildsTheJar() throws Exception {
        script(bin.resolve("getconf"), "#!/bin/sh\necho 8\n");
        script(bin.resolve("mvn"), "#!/bin/sh\necho \"mvn $*\"\n");
        Path jar = dir.resolve("target/negsim.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        git("init", "-q");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "c");
        String out = launcher(null);
        assertEquals("negsim: building " + jar + " ...\nmvn -q -B -Dstyle.color=never -DskipTests package\njava -jar " + jar + " --version",
                out);

        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertEquals("java -jar " + jar + " --version", launcher(null));
    }

    private void git(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out);
    }
}

package org.sitrep.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Starts {@code sitrep} in a JVM of its own, on the test's classpath, as a user would from a shell. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** A process builder for {@code java [jvmOptions] -cp CLASSPATH org.sitrep.cli.SitrepCli args}. */
    static ProcessBuilder sitrep(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath());
        command.add(SitrepCli.class.getName());
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command);
    }

    /**
     * The test JVM's classpath. Surefire and Failsafe start tests through a booter jar but set
     * {@code java.class.path} to the real classpath; fail loudly if that ever changes.
     */
    static String classpath() {
        String classpath = System.getProperty("java.class.path");
        boolean hasCli = Arrays.stream(classpath.split(File.pathSeparator))
                .anyMatch(entry -> entry.contains("sitrep-app") || entry.endsWith("classes"));
        if (!hasCli) {
            throw new IllegalStateException("java.class.path does not hold sitrep's classes: " + classpath);
        }
        return classpath;
    }
}

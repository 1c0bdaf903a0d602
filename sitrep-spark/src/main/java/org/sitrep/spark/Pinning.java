package org.sitrep.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one benchmark pass in a child JVM pinned with {@code taskset} to the first N CPUs, with this JVM's own
 * options and class path, and reads its result back. The child's output goes to a log file beside the result.
 */
final class Pinning {
    private static final Path TASKSET = Path.of("/usr/bin/taskset");
    private final Path work;

    Pinning(Path work) {
        this.work = work;
    }

    /** Pinning needs taskset (Linux) and at least two CPUs to choose from. */
    static boolean available() {
        return Files.isExecutable(TASKSET) && Runtime.getRuntime().availableProcessors() >= 2;
    }

    BenchPasses.Pass run(BenchPassCommand.Kind kind, int cores, Path warm, Path files) throws IOException {
        String name = kind + "-" + cores;
        Path dir = Files.createDirectories(work.resolve("pass-" + name));
        Path result = dir.resolve("result.json");
        Path log = dir.resolve("pass.log");
        List<String> command = new ArrayList<>(List.of(TASKSET.toString(), "-c", cores == 1 ? "0" : "0-" + (cores - 1),
                ProcessHandle.current().info().command().orElse("java")));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // A profiler or debugger attached to the benchmark is not the pass's business.
            if (!option.startsWith("-agentlib") && !option.startsWith("-javaagent")
                    && !option.startsWith("-XX:StartFlightRecording")) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SparkCli.class.getName(), "bench-pass",
                "--kind", kind.name(), "--cores", String.valueOf(cores), "--warm", warm.toString(),
                "--files", files.toString(), "--work", dir.toString(), "--result", result.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            int exit = process.waitFor();
            if (exit != 0 || !Files.exists(result)) {
                throw new IOException("the " + name + " pass failed (exit " + exit + "); its output is in " + log);
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the " + name + " pass ran", e);
        }
        return Codec.read(Files.readString(result), BenchPasses.Pass.class);
    }
}

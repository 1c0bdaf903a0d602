package org.sitrep.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitrep spark ...}: the Spark job in local mode, and its benchmark. */
@Command(name = "sitrep spark", mixinStandardHelpOptions = true, subcommands = {SparkIngest.class, SparkBench.class, BenchPassCommand.class},
        description = "sitrep as an Apache Spark job (local mode here; spark-submit for a cluster, see README).")
public final class SparkCli implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkCli()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}

package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;

/**
 * Where a job's time goes, for {@code spark bench}: per call site of the job (Spark names a stage after the line
 * that made it, e.g. {@code "parquet at IngestJob.java:79"}), the stages' wall time and their tasks' run time.
 * Listener events arrive on Spark's bus thread, hence the synchronisation.
 */
final class StageClock extends SparkListener {
    /** One call site: stages run, their wall seconds (first submission to last completion, summed), task seconds. */
    record Site(String name, int stages, double wallSeconds, double taskSeconds) {
    }

    private final Map<String, double[]> sites = new LinkedHashMap<>();
    private final Map<Integer, String> stageNames = new LinkedHashMap<>();

    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        stageNames.put(submitted.stageInfo().stageId(), site(submitted.stageInfo().name()));
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
        StageInfo info = completed.stageInfo();
        double wall = info.submissionTime().isDefined() && info.completionTime().isDefined()
                ? ((Long) info.completionTime().get() - (Long) info.submissionTime().get()) / 1e3 : 0;
        double[] site = sites.computeIfAbsent(site(info.name()), name -> new double[3]);
        site[0]++;
        site[1] += wall;
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() == null) {
            return;
        }
        String name = stageNames.get(end.stageId());
        double[] site = sites.computeIfAbsent(name == null ? "stage " + end.stageId() : name, key -> new double[3]);
        site[2] += end.taskMetrics().executorRunTime() / 1e3;
    }

    /** The call sites, the slowest (by wall time) first. */
    synchronized List<Site> sites() {
        List<Site> out = new ArrayList<>();
        sites.forEach((name, v) -> out.add(new Site(name, (int) v[0], v[1], v[2])));
        out.sort(Comparator.comparingDouble(Site::wallSeconds).reversed());
        return out;
    }

    private static String site(String name) {
        return name == null ? "?" : name.trim();
    }
}

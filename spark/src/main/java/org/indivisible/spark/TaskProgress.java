package org.indivisible.spark;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Progress from the cluster: a listener on the driver that counts the slices (partitions) whose
 * task finished successfully in the jobs of one job group, each counted once (retries and
 * speculative copies are not counted twice) and weighted by its replications. Spark calls it on
 * its listener-bus thread; the ensemble's thread reads {@link #doneReplications()}.
 */
final class TaskProgress extends SparkListener {

    private final String jobGroup;
    private final SlicePlan plan;
    private final Set<Integer> stages = new HashSet<>();
    private final BitSet finished = new BitSet();
    private volatile long doneReplications;

    TaskProgress(String jobGroup, SlicePlan plan) {
        this.jobGroup = jobGroup;
        this.plan = plan;
    }

    /**
     * The driver's thread that runs a job while the calling thread reports this progress; a
     * daemon, so that a failed run never keeps the JVM alive.
     */
    static ExecutorService jobThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "spark-job");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        if (jobStart.properties() != null && jobGroup.equals(jobStart.properties().getProperty("spark.jobGroup.id"))) {
            synchronized (this) {
                scala.jdk.javaapi.CollectionConverters.asJava(jobStart.stageIds())
                        .forEach(id -> stages.add((Integer) id));
            }
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        if (!taskEnd.taskInfo().successful()) {
            return;
        }
        synchronized (this) {
            if (!stages.contains(taskEnd.stageId())) {
                return;
            }
            int slice = taskEnd.taskInfo().index();
            if (slice < plan.slices() && !finished.get(slice)) {
                finished.set(slice);
                doneReplications += plan.size(slice);
            }
        }
    }

    long doneReplications() {
        return doneReplications;
    }
}

package org.indivisible.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.indivisible.analysis.run.RunEngine;

/**
 * {@code --engine spark}: found by the command line through {@link java.util.ServiceLoader}
 * when this module and Spark are on the class path (the {@code ./indivisible} launcher, or
 * spark-submit with {@code indivisible-spark-submit.jar}). Stateless; each {@link #open} starts
 * (or joins) a Spark session.
 */
public final class SparkEngine implements RunEngine {

    public static final String NAME = "spark";

    /**
     * A local master runs in this process and needs no network: its driver binds loopback and
     * the Spark UI (port 4040, no authentication, jobs killable from it) is off, unless the user
     * set these keys (spark-submit {@code --conf}, {@code spark-defaults.conf}). A cluster master
     * is left as configured: its executors must reach the driver.
     */
    static void localOnLoopback(SparkConf conf) {
        String master = conf.get("spark.master", "");
        if (!master.equals("local") && !master.startsWith("local[") && !master.startsWith("local-cluster")) {
            return;
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        conf.setIfMissing("spark.driver.host", "127.0.0.1");
        conf.setIfMissing("spark.blockManager.host", "127.0.0.1");
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Starts a session on {@code master}; with null, what spark-submit configured
     * ({@code spark.master}) or else {@code local[*]}. A session already running in this JVM is
     * joined (and left running on close).
     */
    @Override
    public Session open(String master) {
        SparkConf conf = new SparkConf();
        boolean existing = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.app.name", "indivisible");
        // Our progress bar, not Spark's console bar, on standard error.
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        localOnLoopback(conf);
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        return new SparkEnsemble(spark, !existing);
    }
}

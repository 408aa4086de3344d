package org.indivisible.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SparkEngineTest {

    @Test
    void aLocalMasterBindsLoopbackAndHasNoUi() {
        for (String master : new String[] {"local", "local[2]", "local[*]"}) {
            SparkConf conf = new SparkConf(false).setMaster(master);
            SparkEngine.localOnLoopback(conf);
            assertEquals("false", conf.get("spark.ui.enabled"), master);
            assertEquals("127.0.0.1", conf.get("spark.driver.bindAddress"), master);
            assertEquals("127.0.0.1", conf.get("spark.driver.host"), master);
            assertEquals("127.0.0.1", conf.get("spark.blockManager.host"), master);
        }
    }

    @Test
    void theUsersOwnSettingsStand() {
        SparkConf conf = new SparkConf(false).setMaster("local[2]").set("spark.ui.enabled", "true")
                .set("spark.driver.host", "10.0.0.5");
        SparkEngine.localOnLoopback(conf);
        assertEquals("true", conf.get("spark.ui.enabled"));
        assertEquals("10.0.0.5", conf.get("spark.driver.host"));
    }

    @Test
    void aClusterMasterIsLeftAsConfigured() {
        SparkConf conf = new SparkConf(false).setMaster("spark://cluster:7077");
        SparkEngine.localOnLoopback(conf);
        assertFalse(conf.contains("spark.ui.enabled"));
        assertFalse(conf.contains("spark.driver.bindAddress"));
        assertFalse(conf.contains("spark.driver.host"));
    }
}

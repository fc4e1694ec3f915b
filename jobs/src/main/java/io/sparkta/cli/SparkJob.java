package io.sparkta.cli;

import org.apache.spark.sql.SparkSession;

/** The Spark work of a command, kept apart from its options so that parsing them loads no Spark class. */
interface SparkJob {
    /** Runs in a session that another command may share (see {@link DemoCommand}); returns the exit status. */
    int run(SparkSession spark) throws Exception;
}

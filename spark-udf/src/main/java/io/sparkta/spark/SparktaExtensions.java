package io.sparkta.spark;

import org.apache.spark.sql.SparkSessionExtensions;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * Registers every Sparkta function, and the planner strategy of sweep results ({@link UnsafeRowScan}), in
 * sessions built with
 * {@code spark.sql.extensions=io.sparkta.spark.SparktaExtensions}:
 * <pre>{@code
 * SparkSession spark = SparkSession.builder()
 *     .config("spark.sql.extensions", "io.sparkta.spark.SparktaExtensions")
 *     .getOrCreate();
 * spark.sql("SELECT ta_alma(prices, 9, 0.85, 6.0) FROM series");
 * }</pre>
 * For a session that already exists, call {@link FunctionCatalog#register}.
 */
public final class SparktaExtensions extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {
    @Override
    public BoxedUnit apply(SparkSessionExtensions extensions) {
        FunctionCatalog.inject(extensions); // one injectFunction per indicator
        WindowFormCheck.inject(extensions); // the window form's OVER clause, checked at analysis
        UnsafeRowScan.inject(extensions); // the scan that hands sweep rows over without a copy
        return BoxedUnit.UNIT;
    }
}

package io.sparkta.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.analysis.MultiInstanceRelation;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.AttributeMap$;
import org.apache.spark.sql.catalyst.plans.logical.LeafNode;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Statistics;
import org.apache.spark.sql.catalyst.types.DataTypeUtils;
import org.apache.spark.sql.execution.LeafExecNode;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.SparkStrategy;
import org.apache.spark.sql.types.StructType;
import scala.Option;
import scala.collection.immutable.IndexedSeq;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.math.BigInt;

/**
 * A DataFrame over an RDD whose rows already are UnsafeRows of its schema, scanned as they are. Spark's own
 * scan of an RDD ({@code RDDScanExec}, and likewise its data source scans) projects every row into a new
 * UnsafeRow, which for a sweep copies every output value once more (2.35 GB for 64 series of 100,000 points
 * and 46 combos); sweep rows are laid out as UnsafeRows where the kernels wrote them, so here nothing is copied.
 *
 * <p>The plan node is a leaf of its own ({@link Relation}) that {@link Strategy} plans as {@link Exec}, whose
 * rows are the RDD's. The strategy is registered with the session on first use ({@link #dataFrame}) and by
 * {@link SparktaExtensions}. As with any scan, a row may change once the iterator has moved past it.
 */
final class UnsafeRowScan {
    private UnsafeRowScan() {
    }

    /** The rows as a DataFrame of {@code schema}; every row must be an UnsafeRow of that schema. */
    static Dataset<Row> dataFrame(org.apache.spark.sql.classic.SparkSession session, RDD<InternalRow> rows,
                                  StructType schema) {
        register(session);
        List<Attribute> output = new ArrayList<>(CollectionConverters.asJava(DataTypeUtils.toAttributes(schema)));
        return org.apache.spark.sql.classic.Dataset.ofRows(session,
                new Relation(CollectionConverters.asScala(output).toList(), rows));
    }

    /** Adds the strategy to the session's planner once. */
    private static synchronized void register(org.apache.spark.sql.classic.SparkSession session) {
        var experimental = session.experimental();
        List<SparkStrategy> strategies = new ArrayList<>(CollectionConverters.asJava(experimental.extraStrategies()));
        if (strategies.stream().noneMatch(s -> s instanceof Strategy)) {
            strategies.add(new Strategy());
            experimental.extraStrategies_$eq(CollectionConverters.asScala(strategies).toSeq());
        }
    }

    /** For {@link SparktaExtensions}: the strategy in every session built with the extensions. */
    static void inject(SparkSessionExtensions extensions) {
        extensions.injectPlannerStrategy(new scala.runtime.AbstractFunction1<>() {
            @Override
            public SparkStrategy apply(org.apache.spark.sql.SparkSession session) {
                return new Strategy();
            }
        });
    }

    /** The logical leaf: the output attributes and the RDD. No expressions, so nothing to rewrite. */
    static final class Relation extends LogicalPlan implements LeafNode, MultiInstanceRelation {
        private final Seq<Attribute> output;
        private final RDD<InternalRow> rows;

        Relation(Seq<Attribute> output, RDD<InternalRow> rows) {
            this.output = output;
            this.rows = rows;
        }

        @Override
        public Seq<Attribute> output() {
            return output;
        }

        @Override
        public Seq<LogicalPlan> children() {
            return none();
        }

        @Override
        public LogicalPlan withNewChildrenInternal(IndexedSeq<LogicalPlan> children) {
            return this;
        }

        /** Fresh attribute ids, so that a sweep's result can be joined with itself. */
        @Override
        public LogicalPlan newInstance() {
            List<Attribute> fresh = new ArrayList<>();
            CollectionConverters.asJava(output).forEach(a -> fresh.add(a.newInstance()));
            return new Relation(CollectionConverters.asScala(fresh).toSeq(), rows);
        }

        /** A copy: Spark marks the canonical form, which must not be this relation. */
        @Override
        public LogicalPlan doCanonicalize() {
            return new Relation(output, rows);
        }

        @Override
        public Statistics computeStats() {
            return new Statistics(BigInt.apply(conf().defaultSizeInBytes()), Option.empty(),
                    AttributeMap$.MODULE$.empty(), false);
        }

        @Override
        public int productArity() {
            return 0;
        }

        @Override
        public Object productElement(int n) {
            throw new IndexOutOfBoundsException(n);
        }

        @Override
        public boolean canEqual(Object that) {
            return that instanceof Relation;
        }

        @Override
        public String simpleString(int maxFields) {
            return "UnsafeRowScan " + output.mkString("[", ", ", "]");
        }
    }

    /** The physical leaf: the RDD's rows as they are. */
    static final class Exec extends SparkPlan implements LeafExecNode {
        private final Seq<Attribute> output;
        private final RDD<InternalRow> rows;

        Exec(Seq<Attribute> output, RDD<InternalRow> rows) {
            this.output = output;
            this.rows = rows;
        }

        @Override
        public RDD<InternalRow> doExecute() {
            return rows;
        }

        /** A copy: Spark marks the canonical form as not executable, which must not be this node. */
        @Override
        public SparkPlan doCanonicalize() {
            return new Exec(output, rows);
        }

        @Override
        public Seq<Attribute> output() {
            return output;
        }

        @Override
        public Seq<SparkPlan> children() {
            return none();
        }

        @Override
        public SparkPlan withNewChildrenInternal(IndexedSeq<SparkPlan> children) {
            return this;
        }

        @Override
        public int productArity() {
            return 0;
        }

        @Override
        public Object productElement(int n) {
            throw new IndexOutOfBoundsException(n);
        }

        @Override
        public boolean canEqual(Object that) {
            return that instanceof Exec;
        }

        @Override
        public String simpleString(int maxFields) {
            return "UnsafeRowScan " + output.mkString("[", ", ", "]");
        }
    }

    /** Plans {@link Relation} as {@link Exec}. */
    static final class Strategy extends SparkStrategy {
        @Override
        public Seq<SparkPlan> apply(LogicalPlan plan) {
            if (plan instanceof Relation r) {
                return CollectionConverters.asScala(List.<SparkPlan>of(new Exec(r.output, r.rows))).toList();
            }
            return none();
        }
    }

    /** An empty Scala list: no children, or no plan from the strategy. */
    private static <T> Seq<T> none() {
        return CollectionConverters.asScala(List.<T>of()).toList();
    }
}

package io.sparkta.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.catalyst.analysis.TypeCheckResult;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.Generator;
import org.apache.spark.sql.catalyst.expressions.codegen.CodegenContext;
import org.apache.spark.sql.catalyst.expressions.codegen.CodegenFallback;
import org.apache.spark.sql.catalyst.expressions.codegen.ExprCode;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** The Catalyst plumbing shared by Sparkta's SQL generators (interpreted; each row is a whole series). */
abstract class GeneratorBase extends Expression implements Generator, CodegenFallback, Serializable {
    private static final long serialVersionUID = 1L;

    final Seq<Expression> args;
    /** Generator's trait val: set by Generator.$init$ to the GENERATOR pattern the analyzer's rules look for. */
    private Seq<scala.Enumeration.Value> nodePatterns;

    GeneratorBase(Seq<Expression> args) {
        this.args = args;
        Generator.$init$(this);
    }

    List<Expression> argList() {
        return CollectionConverters.asJava(args);
    }

    /** The constant string argument i, checked in {@link #checkInputDataTypes}. */
    String constant(int i) {
        Object v = argList().get(i).eval(null);
        return v == null ? "" : v.toString();
    }

    /** Fails unless argument i is a constant string; null when it is. */
    TypeCheckResult requireConstantString(int i, String what) {
        Expression e = argList().get(i);
        return e.foldable() && e.dataType() instanceof StringType ? null
                : fail(prettyName() + ": " + what + " must be a constant string");
    }

    static TypeCheckResult fail(String message) {
        return new TypeCheckResult.TypeCheckFailure(message);
    }

    static TypeCheckResult success() {
        return TypeCheckResult.TypeCheckSuccess$.MODULE$;
    }

    @Override
    public Seq<scala.Enumeration.Value> nodePatterns() {
        return nodePatterns;
    }

    @Override
    public void org$apache$spark$sql$catalyst$expressions$Generator$_setter_$nodePatterns_$eq(
            Seq<scala.Enumeration.Value> patterns) {
        this.nodePatterns = patterns;
    }

    @Override
    public DataType dataType() {
        return DataTypes.createArrayType(elementSchema(), false);
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public boolean foldable() {
        return false;
    }

    @Override
    public boolean supportCodegen() {
        return false;
    }

    @Override
    public Seq<Expression> children() {
        return args;
    }

    @Override
    public ExprCode doGenCode(CodegenContext ctx, ExprCode ev) {
        return CodegenFallback.super.doGenCode(ctx, ev);
    }

    @Override
    public int productArity() {
        return 1;
    }

    @Override
    public Object productElement(int n) {
        return args;
    }

    @Override
    public boolean canEqual(Object that) {
        return that != null && that.getClass() == getClass();
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((GeneratorBase) o).args.equals(args);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode() * 31 + args.hashCode();
    }
}

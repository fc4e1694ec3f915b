package io.sparkta.spark.arrow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.BaseRelation;
import org.apache.spark.sql.sources.CreatableRelationProvider;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark data source {@code arrow}: Arrow IPC files ({@code .arrow}, {@code .feather}, {@code .ipc}) and
 * streams ({@code .arrows}).
 * <pre>{@code
 * Dataset<Row> prices = spark.read().format("arrow").load("prices.arrow");   // a file or a folder of them
 * result.write().format("arrow").mode("overwrite").save("out");              // one file per partition
 * }</pre>
 * Reading is columnar: each record batch becomes a Spark {@code ColumnarBatch} over the Arrow vectors, with
 * no per-row conversion. Writing goes through Spark's Arrow writer, {@code maxRecordsPerBatch} rows per record
 * batch (option, default 65,536), as IPC files (option {@code ipc=stream} for streams). Every save mode works:
 * writes take the V1 path, which (unlike a V2 table) accepts the default {@code ErrorIfExists} and {@code Ignore}.
 */
public final class ArrowSource implements TableProvider, DataSourceRegister, CreatableRelationProvider {
    public static final String NAME = "arrow";

    @Override
    public String shortName() {
        return NAME;
    }

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return ArrowRead.schema(paths(options), HadoopFiles.conf());
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return new ArrowRead.ArrowTable(schema, paths(properties));
    }

    @Override
    public BaseRelation createRelation(SQLContext sqlContext, SaveMode mode,
                                       scala.collection.immutable.Map<String, String> parameters, Dataset<Row> data) {
        Map<String, String> options = new CaseInsensitiveStringMap(CollectionConverters.asJava(parameters));
        String path = options.get("path");
        if (path == null) {
            throw new IllegalArgumentException("arrow: save needs a path: df.write().format(\"arrow\").save(PATH)");
        }
        ArrowWrite.save(data, path, mode, options);
        StructType schema = data.schema();
        return new BaseRelation() {
            @Override
            public SQLContext sqlContext() {
                return sqlContext;
            }

            @Override
            public StructType schema() {
                return schema;
            }
        };
    }

    /** {@code load(path)} passes "path"; {@code load(a, b)} passes "paths" as a JSON array. */
    static List<String> paths(Map<String, String> options) {
        CaseInsensitiveStringMap map = options instanceof CaseInsensitiveStringMap c ? c : new CaseInsensitiveStringMap(options);
        try {
            if (map.containsKey("paths")) {
                return List.of(new ObjectMapper().readValue(map.get("paths"), String[].class));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("arrow: cannot read the paths option " + map.get("paths"), e);
        }
        if (map.containsKey("path")) {
            return List.of(map.get("path"));
        }
        throw new IllegalArgumentException("arrow: load needs a path: spark.read().format(\"arrow\").load(PATH)");
    }

    /** The session of the running driver (data sources get no session handed to them). */
    static SparkSession session() {
        return SparkSession.active();
    }
}

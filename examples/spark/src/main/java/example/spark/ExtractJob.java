package example.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkConf;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a folder of articles (one document per file, UTF-8, found recursively), writes one Parquet row per
 * measurement, and prints what it wrote: the counts, the rates, and per region the sum of one subject's values.
 *
 * <p>Usage: {@code ExtractJob ARTICLES OUTPUT [SUBJECT]}, through {@code spark-submit} (docs/SPARK.md) or
 * {@code examples/spark/run-local}. ARTICLES and OUTPUT are any paths Spark reads and writes (a local folder,
 * {@code hdfs://}, {@code s3a://}); OUTPUT is replaced. SUBJECT is the subject whose values are summed per region,
 * by default the most frequent subject counted in a unit that adds up (people, cases, money; not percentages).
 */
public final class ExtractJob {

    /** Kinds of unit whose values add up across measurements (a sum of percentages or rates means nothing). */
    private static final List<String> ADDITIVE = List.of("CASES", "PERSONS", "HOUSEHOLDS", "ORGANISATIONS",
            "ITEMS", "EVENTS", "MONEY", "ENERGY", "POWER", "MASS", "LENGTH", "AREA", "VOLUME", "CONTAINERS");

    private ExtractJob() {
    }

    /**
     * @param args the articles, the output, and optionally a subject
     */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: ExtractJob ARTICLES OUTPUT [SUBJECT]");
            System.exit(2);
        }
        String articles = args[0];
        String output = args[1];
        SparkSession spark = SparkSession.builder().appName("cnstats-extract").getOrCreate();
        packArticles(spark);
        try {
            run(spark, articles, output, args.length == 3 ? args[2] : null);
        } finally {
            spark.stop();
        }
    }

    /**
     * Sets how Spark packs files into partitions, unless the job was given its own settings. Spark's defaults are
     * for big files: it counts each file as 4 MB more than its size and fills partitions of 128 MB, so 64 MB of
     * 13 KB articles became 165 tasks of 31 articles, each writing its own small Parquet file (on a local disk,
     * each file costs Hadoop a forked {@code chmod}). An article's cost is its parse, not its opening: counted as
     * 64 KB more than its size, in partitions of 16 MB, the same corpus makes about 24 tasks of 2.5 MB of text.
     *
     * @param spark the session
     */
    public static void packArticles(SparkSession spark) {
        SparkConf given = spark.sparkContext().getConf();
        if (!given.contains("spark.sql.files.openCostInBytes")) {
            spark.conf().set("spark.sql.files.openCostInBytes", 64 * 1024L);
        }
        if (!given.contains("spark.sql.files.maxPartitionBytes")) {
            spark.conf().set("spark.sql.files.maxPartitionBytes", 16 * 1024 * 1024L);
        }
    }

    /**
     * The documents of a folder: one row per file, its path and its bytes.
     *
     * @param spark    the session
     * @param articles the folder, read recursively
     * @return rows of {@code (path string, content binary)}, the input of {@link ExtractMeasurements}
     */
    public static Dataset<Row> documents(SparkSession spark, String articles) {
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(articles)
                .select("path", "content");
    }

    /**
     * The measurements of documents, one row each, in the column order of {@link MeasurementRow#COLUMNS}.
     *
     * @param documents rows of a document's name and its text or bytes
     * @return the measurement rows
     */
    public static Dataset<Row> measurements(Dataset<Row> documents) {
        return documents.mapPartitions(new ExtractMeasurements(), MeasurementRow.ENCODER)
                .select(MeasurementRow.COLUMNS.stream().map(Column::new).toArray(Column[]::new));
    }

    private static void run(SparkSession spark, String articles, String output, String subject) {
        // The file source reads no content for this: the listing has the sizes.
        Row input = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(articles)
                .agg(count(lit(1)), sum("length")).first();
        long docs = input.getLong(0);
        long bytes = input.isNullAt(1) ? 0 : input.getLong(1);

        // The CPU time of the write's tasks (read, parse, write), without Spark's own work on the driver: on a busy
        // machine wall time says how much CPU the job was given, this how much it needed. The count below runs
        // tasks too, which this listener also hears: a few milliseconds.
        AtomicLong taskCpu = new AtomicLong();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd task) {
                if (task.taskMetrics() != null) {
                    taskCpu.addAndGet(task.taskMetrics().executorCpuTime());
                }
            }
        };
        long started = System.nanoTime();
        spark.sparkContext().addSparkListener(listener);
        measurements(documents(spark, articles)).write().mode(SaveMode.Overwrite).parquet(output);
        double seconds = (System.nanoTime() - started) / 1e9;

        Dataset<Row> written = spark.read().parquet(output);
        long rows = written.count();
        spark.sparkContext().removeSparkListener(listener); // by now it has heard the write's last task
        double mb = bytes / (1024.0 * 1024.0);
        System.out.printf(Locale.ROOT, "cnstats-spark: %d documents, %.2f MB; %d measurements written to %s%n",
                docs, mb, rows, output);
        System.out.printf(Locale.ROOT,
                "cnstats-spark: read, parse and write took %.2f s on %s: %.0f measurements/s, %.2f MB/s"
                        + " (tasks' CPU time %.2f s)%n",
                seconds, spark.sparkContext().master(), rows / seconds, mb / seconds, taskCpu.get() / 1e9);

        if (subject == null) {
            Row top = written.where(col("subject").isNotNull().and(col("unitKind").isin(ADDITIVE.toArray())))
                    .groupBy("subject").count()
                    .orderBy(desc("count"), col("subject")).limit(1).collectAsList().stream().findFirst()
                    .orElse(null);
            if (top == null) {
                return;
            }
            subject = top.getString(0);
        }
        System.out.println("cnstats-spark: " + subject + " per region (values summed as decimal(38,4)):");
        written.where(col("subject").equalTo(subject).and(col("value").isNotNull()))
                .groupBy(col("region"), col("unit"))
                .agg(count(lit(1)).as("measurements"), countDistinct("doc").as("documents"),
                        sum(col("value").cast("decimal(38,4)")).as("sum"))
                .orderBy(desc("measurements"), col("region"))
                .show(10, false);
    }
}

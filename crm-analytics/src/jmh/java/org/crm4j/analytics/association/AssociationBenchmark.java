package org.crm4j.analytics.association;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Frequent itemset mining on the seeded synthetic data of {@link BasketGenerator}: the retail-like set
 * (5 000 baskets, 60 SKUs) at 1 % support, and a T10I4D100K-like set (100 000 transactions, 1 000 items) at
 * 0.5 % and 0.25 %. Each method mines from the item lists, so the time includes re-coding the items.
 *
 * <p>Run with (results in {@code crm-analytics/BENCHMARKS.md}):
 * <pre>{@code
 * mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-f 1 -wi 2 -i 3 AssociationBenchmark"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class AssociationBenchmark {

    private List<Set<String>> retail;
    private List<Set<String>> quest;
    private FrequentItemsets<String> retailItemsets;

    @Setup
    public void setUp() {
        retail = BasketGenerator.retail();
        quest = BasketGenerator.generate(BasketGenerator.T10I4D100K, BasketGenerator.SEED);
        retailItemsets = FPGrowth.mine(retail, 0.01);
    }

    @Benchmark
    public FrequentItemsets<String> fpGrowthRetail1Percent() {
        return FPGrowth.mine(retail, 0.01);
    }

    @Benchmark
    public FrequentItemsets<String> aprioriRetail1Percent() {
        return Apriori.mine(retail, 0.01);
    }

    @Benchmark
    public List<AssociationRule<String>> rulesRetail1PercentConfidence60() {
        return AssociationRules.generate(retailItemsets, 0.6);
    }

    @Benchmark
    public FrequentItemsets<String> fpGrowthT10I4D100K05Percent() {
        return FPGrowth.mine(quest, 0.005);
    }

    @Benchmark
    public FrequentItemsets<String> aprioriT10I4D100K05Percent() {
        return Apriori.mine(quest, 0.005);
    }

    @Benchmark
    public FrequentItemsets<String> fpGrowthT10I4D100K025Percent() {
        return FPGrowth.mine(quest, 0.0025);
    }

    @Benchmark
    public FrequentItemsets<String> aprioriT10I4D100K025Percent() {
        return Apriori.mine(quest, 0.0025);
    }
}

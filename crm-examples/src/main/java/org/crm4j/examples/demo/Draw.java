package org.crm4j.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded draws for the demo generator; every phase has its own stream, so phases do not disturb each other. */
final class Draw {

    private final SplittableRandom random;

    private Draw(SplittableRandom random) {
        this.random = random;
    }

    /**
     * @param seed  the generator's seed
     * @param phase a constant per phase
     * @return the phase's stream
     */
    static Draw of(long seed, long phase) {
        return new Draw(new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + phase)));
    }

    /** SplitMix64's finaliser: neighbouring seeds give unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    double uniform() {
        return random.nextDouble();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** @return an int in {@code [from, to)} */
    int between(int from, int to) {
        return random.nextInt(from, to);
    }

    long between(long from, long to) {
        return random.nextLong(from, to);
    }

    /** @return a Poisson draw (Knuth's product of uniforms; means here stay below 30) */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    /** @return a standard normal draw (Box-Muller) */
    double normal() {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** @return an exponential draw with the given mean */
    double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    /** @return a whole second in {@code [from, to)}, or {@code from} when the period is shorter than a second */
    Instant instant(Instant from, Instant to) {
        long seconds = Duration.between(from, to).toSeconds();
        return seconds <= 0 ? from : from.plusSeconds(random.nextLong(seconds));
    }

    /** @return an index drawn with probability proportional to its weight */
    int weighted(double[] weights, double total) {
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

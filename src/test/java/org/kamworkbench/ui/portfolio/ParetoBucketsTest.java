package org.kamworkbench.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParetoBucketsTest {
    /** {@code n} revenues, descending, with their cumulative shares and 80/15/5 classes. */
    private record Curve(double[] revenue, double[] cumulative, int[] classes) {
        static Curve lognormal(int n, long seed) {
            Random random = new Random(seed);
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                r[i] = Math.exp(random.nextGaussian() * 1.85);
            }
            Arrays.sort(r);
            for (int i = 0; i < n / 2; i++) {
                double t = r[i];
                r[i] = r[n - 1 - i];
                r[n - 1 - i] = t;
            }
            double total = Arrays.stream(r).sum();
            double[] cum = new double[n];
            int[] cls = new int[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += r[i];
                cum[i] = sum / total;
                cls[i] = cum[i] <= 0.8 ? 0 : cum[i] <= 0.95 ? 1 : 2;
            }
            return new Curve(r, cum, cls);
        }

        ParetoBuckets buckets(int width) {
            return ParetoBuckets.of(revenue.length, i -> revenue[i], i -> cumulative[i], i -> classes[i], 3, width);
        }
    }

    @Test
    void aHundredThousandAccountsBecomeAtMostOneBucketPerPixel() {
        Curve curve = Curve.lognormal(100_000, 7);
        ParetoBuckets b = curve.buckets(812);
        assertThat(b.size()).isEqualTo(812);
        assertThat(b.first(0)).isZero();
        assertThat(b.end(b.size() - 1)).isEqualTo(100_000);
        double previous = 0;
        for (int i = 0; i < b.size(); i++) {
            assertThat(b.end(i)).isGreaterThan(b.first(i));
            if (i > 0) {
                assertThat(b.first(i)).isEqualTo(b.end(i - 1));
            }
            // The bar keeps the bucket's largest account, and the line never goes down.
            double max = Arrays.stream(curve.revenue(), b.first(i), b.end(i)).max().orElseThrow();
            assertThat(b.max(i)).isEqualTo(max);
            assertThat(b.mean(i)).isLessThanOrEqualTo(max);
            assertThat(b.cumulative(i)).isGreaterThanOrEqualTo(previous);
            previous = b.cumulative(i);
        }
        assertThat(b.maxRevenue()).isEqualTo(curve.revenue()[0]);
        assertThat(b.cumulative(b.size() - 1)).isEqualTo(curve.cumulative()[99_999]);
    }

    @Test
    void fewAccountsKeepOneBarEach() {
        Curve curve = Curve.lognormal(40, 3);
        ParetoBuckets b = curve.buckets(800);
        assertThat(b.size()).isEqualTo(40);
        for (int i = 0; i < 40; i++) {
            assertThat(b.first(i)).isEqualTo(i);
            assertThat(b.max(i)).isEqualTo(curve.revenue()[i]);
            assertThat(b.mean(i)).isEqualTo(curve.revenue()[i]);
            assertThat(b.bucketOf(i)).isEqualTo(i);
        }
    }

    @Test
    void classBoundariesAreTheFirstRankOfEachClass() {
        Curve curve = Curve.lognormal(5_000, 11);
        ParetoBuckets b = curve.buckets(300);
        for (int c = 0; c < 3; c++) {
            int first = 0;
            while (first < 5_000 && curve.classes()[first] < c) {
                first++;
            }
            assertThat(b.classStart(c)).isEqualTo(first);
        }
        assertThat(b.classStart(3)).isEqualTo(5_000);
        assertThat(b.bucketOf(4_999)).isEqualTo(b.size() - 1);
        assertThat(b.first(b.bucketOf(2_500))).isLessThanOrEqualTo(2_500);
        assertThat(b.end(b.bucketOf(2_500))).isGreaterThan(2_500);
    }

    @Test
    void anEmptyCurveHasNoBuckets() {
        ParetoBuckets b = ParetoBuckets.of(0, i -> 0, i -> 0, i -> 0, 3, 500);
        assertThat(b.size()).isZero();
        assertThat(b.maxRevenue()).isZero();
    }
}

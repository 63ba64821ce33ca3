package org.winnow.core.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The record-level metric of the bib-dedupe benchmark (DESIGN.md section 6) and pairwise
 * precision/recall, for a predicted clustering against true duplicate clusters. In each predicted
 * cluster the record with the lowest project id is kept and the others are removed.
 */
public record DedupMetrics(
    long tp,
    long fp,
    long fn,
    long tn,
    double pairPrecision,
    double pairRecall,
    long predictedPairs,
    long truePairs) {

  public double sensitivity() {
    return ratio(tp, tp + fn);
  }

  public double specificity() {
    return ratio(tn, tn + fp);
  }

  public double precision() {
    return ratio(tp, tp + fp);
  }

  public double f1() {
    double p = precision();
    double r = sensitivity();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 1.0 : a / (double) b;
  }

  /**
   * @param predicted record id → predicted cluster id, for every record
   * @param keptOrder record id → its order (lowest is kept in its predicted cluster)
   * @param truth true duplicate clusters (records in none are unique)
   */
  public static DedupMetrics of(
      Map<String, Long> predicted,
      Map<String, Long> keptOrder,
      Collection<? extends Collection<String>> truth) {
    Map<Long, String> keptOfCluster = new HashMap<>();
    for (Map.Entry<String, Long> e : predicted.entrySet()) {
      keptOfCluster.merge(
          e.getValue(), e.getKey(), (x, y) -> keptOrder.get(x) <= keptOrder.get(y) ? x : y);
    }
    Set<String> kept = new HashSet<>(keptOfCluster.values());
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long tn = 0;
    Set<String> inTrueCluster = new HashSet<>();
    for (Collection<String> cluster : truth) {
      inTrueCluster.addAll(cluster);
      long k = cluster.stream().filter(kept::contains).count();
      int n = cluster.size();
      if (k == 0) {
        fp += 1;
        tp += n - 1;
      } else {
        tn += 1;
        fn += k - 1;
        tp += n - k;
      }
    }
    for (String id : predicted.keySet()) {
      if (!inTrueCluster.contains(id)) {
        if (kept.contains(id)) {
          tn++;
        } else {
          fp++;
        }
      }
    }
    Set<Long> truePairs = pairs(truth, predicted);
    Map<Long, List<String>> byCluster = new HashMap<>();
    predicted.forEach((id, c) -> byCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
    Set<Long> predictedPairs = pairs(byCluster.values(), predicted);
    long both = predictedPairs.stream().filter(truePairs::contains).count();
    return new DedupMetrics(
        tp,
        fp,
        fn,
        tn,
        ratio(both, predictedPairs.size()),
        ratio(both, truePairs.size()),
        predictedPairs.size(),
        truePairs.size());
  }

  /** Unordered pairs within each cluster, as keys built from a stable numbering of record ids. */
  private static Set<Long> pairs(
      Collection<? extends Collection<String>> clusters, Map<String, Long> universe) {
    Map<String, Integer> number = new HashMap<>();
    for (String id : universe.keySet()) {
      number.put(id, number.size());
    }
    Set<Long> out = new HashSet<>();
    for (Collection<String> c : clusters) {
      List<Integer> ids = new ArrayList<>();
      for (String id : c) {
        Integer n = number.get(id);
        if (n != null) {
          ids.add(n);
        }
      }
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          out.add(PairVerdict.pairKey(ids.get(i), ids.get(j)));
        }
      }
    }
    return out;
  }
}

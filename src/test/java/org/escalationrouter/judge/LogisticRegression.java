package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.escalationrouter.facts.Signal;

/**
 * Trains one signal's {@link JudgeModel.Head}: logistic regression with an L2 penalty by stochastic
 * gradient descent with per-weight (AdaGrad) steps, over binary features scaled by one over the
 * square root of the letter's feature count. Deterministic: the order of each epoch comes from
 * {@code seed}. Keeps the {@code keep} largest weights (by size) and drops those below {@code
 * minWeight}, as the shipped file does, so cross-validation measures the model that ships.
 */
record LogisticRegression(
    double lambda, double rate, int epochs, long seed, int keep, double minWeight) {

  static LogisticRegression defaults() {
    return new LogisticRegression(
        Double.parseDouble(System.getProperty("lr.lambda", "1e-3")),
        Double.parseDouble(System.getProperty("lr.rate", "0.5")),
        Integer.getInteger("lr.epochs", 25),
        14,
        4000,
        0.02);
  }

  /**
   * @param letters each letter's distinct sorted buckets ({@link ModelFeatures#of})
   * @param labels whether each letter carries the signal
   */
  JudgeModel.Head train(Signal signal, List<int[]> letters, boolean[] labels) {
    return train(signal.wireName(), letters, labels);
  }

  /** As {@link #train(Signal, List, boolean[])}, for a head by its name. */
  JudgeModel.Head train(String name, List<int[]> letters, boolean[] labels) {
    double[] w = new double[ModelFeatures.SIZE];
    double[] g2 = new double[ModelFeatures.SIZE];
    double bias = 0;
    double biasG2 = 0;
    Random random = new Random(seed);
    Integer[] order = new Integer[letters.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      for (int i : order) {
        int[] x = letters.get(i);
        double v = ModelFeatures.scale(x.length);
        double z = bias;
        for (int b : x) {
          z += w[b] * v;
        }
        double err = JudgeModel.sigmoid(z) - (labels[i] ? 1 : 0);
        for (int b : x) {
          double g = err * v + lambda * w[b];
          g2[b] += g * g;
          w[b] -= rate * g / Math.sqrt(g2[b] + 1e-8);
        }
        biasG2 += err * err;
        bias -= rate * err / Math.sqrt(biasG2 + 1e-8);
      }
    }
    return pruned(name, bias, w);
  }

  private JudgeModel.Head pruned(String name, double bias, double[] w) {
    List<Integer> kept = new ArrayList<>();
    for (int b = 0; b < w.length; b++) {
      if (Math.abs(w[b]) >= minWeight) {
        kept.add(b);
      }
    }
    kept.sort(Comparator.comparingDouble((Integer b) -> -Math.abs(w[b])).thenComparing(b -> b));
    List<Integer> top = new ArrayList<>(kept.subList(0, Math.min(keep, kept.size())));
    top.sort(Integer::compare);
    int[] buckets = top.stream().mapToInt(Integer::intValue).toArray();
    float[] weights = new float[buckets.length];
    for (int i = 0; i < buckets.length; i++) {
      weights[i] = (float) w[buckets[i]];
    }
    return new JudgeModel.Head(name, false, 0.5, bias, buckets, weights);
  }

  private static void shuffle(Integer[] order, Random random) {
    Arrays.sort(order);
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Integer t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}

package org.crm4j.analytics.tree;

/**
 * The impurity a classification tree minimises when it chooses a split.
 *
 * <p>For a node whose weighted class proportions are {@code p_1 .. p_K}:
 * <ul>
 *   <li>{@link #GINI}: {@code 1 - sum p_k^2}, in {@code [0, 1 - 1/K]} (Breiman et al. 1984);</li>
 *   <li>{@link #ENTROPY}: {@code -sum p_k log2 p_k}, in bits, in {@code [0, log2 K]} (Quinlan 1986); minimising
 *       the children's weighted entropy maximises the information gain.</li>
 * </ul>
 * Both are scikit-learn's {@code criterion="gini"} and {@code criterion="entropy"} (which also uses base 2).
 */
public enum SplitCriterion {
    /** Gini impurity, {@code 1 - sum p_k^2}. */
    GINI,
    /** Shannon entropy in bits, {@code -sum p_k log2 p_k}. */
    ENTROPY
}

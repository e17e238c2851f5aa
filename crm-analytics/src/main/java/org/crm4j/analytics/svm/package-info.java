/**
 * Linear support vector machines: {@link org.crm4j.analytics.svm.LinearSvm} minimises LIBLINEAR's L2-regularised
 * squared-hinge objective by dual coordinate descent, one-vs-rest for more than two classes (scikit-learn's
 * {@code LinearSVC} defaults).
 */
package org.crm4j.analytics.svm;

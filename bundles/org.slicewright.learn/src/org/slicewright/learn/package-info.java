/**
 * Learners over observed runs: surrogate models of a policy's accuracy, convergence rate and
 * resource use (Smile random forests and gradient boosting, the two-term Gaussian fit of the
 * resource-pooling study), cross-validation and active sampling.
 */
package org.slicewright.learn;

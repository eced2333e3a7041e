/**
 * The resource-pooling engine: access points grouped into sub-pools (k-means over location and
 * arrival rate, or given), each sub-pool training one digit-recognition model by FedAvg on the
 * data that arrives at its APs, with the resource units of data movement, training and model
 * exchange counted as the resource-pooling study accounts them.
 */
package org.slicewright.sim.pooling;

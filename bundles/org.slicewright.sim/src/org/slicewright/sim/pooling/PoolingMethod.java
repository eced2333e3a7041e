package org.slicewright.sim.pooling;

/** How sub-pools are formed: k-means over AP features, or member lists given by the planner. */
public enum PoolingMethod { KMEANS, MANUAL }

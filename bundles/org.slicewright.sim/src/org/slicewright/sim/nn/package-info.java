/**
 * Small neural-network building blocks on flat arrays (dense and LSTM layers, Adam, early
 * stopping, FedAvg averaging), written for the engines' needs: direct weight access for federated
 * averaging, determinism under a seed, and speed without native libraries.
 */
package org.slicewright.sim.nn;

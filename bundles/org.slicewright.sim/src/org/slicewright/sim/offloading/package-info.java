/**
 * The edge/cloud offloading engine: the distributed LSTM (a tiny local exit at the edge, a large
 * remote stack in the cloud) trained jointly under the asymmetric provisioning cost, the
 * centralised baselines trained as well, and the four offloading policies (oracle, random,
 * confidence, ML) traced into cost-versus-share-local curves and latencies.
 */
package org.slicewright.sim.offloading;

/**
 * From a scenario to the reservation problem: per-data-unit constants and the mapping of slices,
 * pools and capacities.
 */
package org.slicewright.solver.scenario;

/**
 * Optimisation models: the reservation MILP over access points and slices (ojAlgo) and the
 * selection of candidate policies meeting every requirement at least resource use.
 */
package org.slicewright.solver;

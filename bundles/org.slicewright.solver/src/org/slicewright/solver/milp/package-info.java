/**
 * Mixed-integer linear programmes independent of any solver: {@link org.slicewright.solver.milp.MilpModel}
 * is built once and handed to a {@link org.slicewright.solver.milp.MilpBackend} (ojAlgo, or OR-Tools'
 * SCIP through {@link org.slicewright.solver.milp.MilpBackends}) or written as MPS or CPLEX LP, so two
 * solvers can be held to the same optimum and any other solver can check the model.
 */
package org.slicewright.solver.milp;

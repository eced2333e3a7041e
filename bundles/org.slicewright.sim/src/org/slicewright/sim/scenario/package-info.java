/**
 * Between the EMF scenario and the engines: mappers that turn a scenario's studies into engine
 * configurations (refusing bad input with messages naming the element), the drafts the Add Study
 * wizard applies, and the run records that store results as model runs.
 */
package org.slicewright.sim.scenario;

/**
 * QoAIS compliance: the mapping of quality-of-AI-service indicators to task and resource QoS,
 * units, and the check of a service's requirements against the measurements of the run the planner
 * would deploy.
 */
package org.slicewright.sim.tasks;

/**
 * The engines' shared pieces: the progress and cancel callback every long run takes ({@link
 * org.slicewright.sim.ProgressMonitor}), the cancellation exception, the derivation of independent
 * random streams from one seed ({@link org.slicewright.sim.Seeds}) and in-order parallel
 * execution. The engines below never import SWT, JFace or the workbench.
 */
package org.slicewright.sim;

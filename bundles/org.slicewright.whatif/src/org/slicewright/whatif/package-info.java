/**
 * The what-if service: one {@link org.slicewright.whatif.WhatIf} per study kind behind one
 * contract (applies, plan, run one specification, results into model runs, CSV, report), listed in
 * one order by {@link org.slicewright.whatif.WhatIfs}. The command line, the workbench and the
 * cluster workers are adapters over it.
 */
package org.slicewright.whatif;

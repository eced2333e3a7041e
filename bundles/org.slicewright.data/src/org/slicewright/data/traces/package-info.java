/**
 * Demand and twin traces: CSV readers that name the file, line and column of a bad value, and the
 * synthetic daily-cycle generator.
 */
package org.slicewright.data.traces;

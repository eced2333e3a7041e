/**
 * The published findings of each source study set beside the tool's value on the bundled example,
 * with a tolerance and its reason: what {@code reproduce} reports.
 */
package org.slicewright.learn.reproduce;

/** The csv format: reading and writing networks. */
package org.slicewright.interchange.csv;

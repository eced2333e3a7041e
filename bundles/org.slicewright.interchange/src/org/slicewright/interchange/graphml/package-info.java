/** The graphml format: reading and writing networks. */
package org.slicewright.interchange.graphml;

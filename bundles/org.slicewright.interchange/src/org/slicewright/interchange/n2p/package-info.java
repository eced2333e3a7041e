/** The n2p format: reading and writing networks. */
package org.slicewright.interchange.n2p;

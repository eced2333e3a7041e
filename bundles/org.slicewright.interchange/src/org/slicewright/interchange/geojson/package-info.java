/** The geojson format: reading and writing networks. */
package org.slicewright.interchange.geojson;

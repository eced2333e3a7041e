/**
 * Networks in and out of Slicewright in the formats planners already use: CSV inventories, GraphML
 * (Internet Topology Zoo), Net2Plan designs and GeoJSON. Importers read a file into
 * {@link org.slicewright.interchange.NodeRecord}s and {@link org.slicewright.interchange.LinkRecord}s;
 * {@link org.slicewright.interchange.NetworkAssembly} turns them into a scenario and reports every
 * guess; exporters write {@link org.slicewright.interchange.NetworkRecords}.
 */
package org.slicewright.interchange;

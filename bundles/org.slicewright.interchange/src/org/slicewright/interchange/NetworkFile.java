package org.slicewright.interchange;

import java.util.List;

/** What an importer read from a file: the network's name when the file gives one, its nodes and links. */
public record NetworkFile(String name, List<NodeRecord> nodes, List<LinkRecord> links) {
}

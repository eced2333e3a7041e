package org.slicewright.diagram.glsp;

import java.nio.file.Path;

/**
 * The scenario file a diagram connection shows, fixed by the server when the page was handed out:
 * the client cannot name another file. Bound in a connection's injector by the diagram server;
 * absent for in-process sessions, which take the file from the request.
 */
public record ServedFile(Path path) {
}

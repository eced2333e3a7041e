package org.slicewright.model.util;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * The URI converter of a scenario resource set: it reads only the scenario files the application
 * loads itself. A scenario is a document planners exchange, so a reference in it must never make the
 * tool fetch a URL (and hang on one that does not answer) or read another local file: when EMF
 * follows such a reference (resolving a proxy), the read is refused and the reference stays
 * unresolved.
 */
final class ConfinedUriConverter extends ExtensibleURIConverterImpl {
  private final Set<URI> allowed = ConcurrentHashMap.newKeySet();

  /** Lets the application's own load of this file through. */
  void allow(URI file) {
    allowed.add(file.trimFragment());
  }

  @Override
  public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
    if (!allowed.contains(uri.trimFragment())) {
      throw new IOException("refused to read '" + uri.trimFragment() + "': a scenario may not refer to other files or addresses");
    }
    return super.createInputStream(uri, options);
  }
}

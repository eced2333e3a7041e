package org.slicewright.diagram.glsp.server;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.URIUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Where the built web client (diagram.html, bundle.js) lies: the bundle's web/ folder. */
public final class DiagramClient {
  private DiagramClient() {
  }

  public static Path webRoot() throws IOException {
    Bundle bundle = FrameworkUtil.getBundle(DiagramClient.class);
    URL entry = bundle == null ? null : bundle.getEntry("web/");
    if (entry == null) {
      throw new IOException("The diagram client is not built into this installation (no web/diagram.html in bundle "
          + (bundle == null ? "org.slicewright.diagram.glsp" : bundle.getSymbolicName()) + "); build with ./mvnw verify");
    }
    try {
      // For a directory, Equinox extracts the whole folder when the bundle is a jar (the product
      // installs it unpacked: Eclipse-BundleShape: dir). The file: URL it gives is unescaped (an
      // install path may hold spaces), so URIUtil, not toURI.
      Path web = Path.of(URIUtil.toURI(FileLocator.toFileURL(entry)));
      if (!Files.isRegularFile(web.resolve("bundle.js"))) throw new IOException("The diagram client in " + web + " is incomplete (no bundle.js)");
      return web;
    } catch (URISyntaxException e) {
      throw new IOException("The diagram client's location is not a file: " + entry, e);
    }
  }
}

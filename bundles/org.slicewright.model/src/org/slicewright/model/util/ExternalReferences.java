package org.slicewright.model.util;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Finds references of a loaded scenario that point outside its own file (another file, a URL):
 * EMF keeps them as proxies and would fetch them on first use. Reported with the line where the file
 * names them, before anything reads the scenario.
 */
final class ExternalReferences {
  private ExternalReferences() {
  }

  /**
   * @param content the bytes the resource was loaded from (to find the reference's line)
   * @throws ScenarioLoadException for the first reference that leaves the file
   */
  static void check(Resource r, Path file, byte[] content) throws ScenarioLoadException {
    for (TreeIterator<EObject> it = r.getAllContents(); it.hasNext();) {
      EObject o = it.next();
      for (EReference ref : o.eClass().getEAllReferences()) {
        if (ref.isContainment() || ref.isContainer() || ref.isDerived() || ref.isTransient() || !o.eIsSet(ref)) continue;
        Object value = o.eGet(ref, false);
        Iterator<?> values = ref.isMany() ? ((List<?>) value).iterator() : List.of(value).iterator();
        while (values.hasNext()) {
          Object v = values.next();
          if (!(v instanceof InternalEObject target) || !target.eIsProxy()) continue;
          URI uri = target.eProxyURI();
          if (uri.trimFragment().isEmpty() || uri.trimFragment().equals(r.getURI())) continue;
          int[] at = locate(new String(content, StandardCharsets.UTF_8), uri.toString());
          throw new ScenarioLoadException(file, at[0], at[1], "reference '" + ref.getName() + "' of " + o.eClass().getName() + " points outside this file, to '"
              + uri.trimFragment() + "': a scenario may only refer to its own elements", null);
        }
      }
    }
  }

  /** Line and column (1-based) where the file's content first names {@code text}; 0, 0 when not found. */
  private static int[] locate(String content, String text) {
    int at = content.indexOf(text);
    if (at < 0) at = content.indexOf(text.replace("&", "&amp;"));
    if (at < 0) return new int[] { 0, 0 };
    int line = 1, lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (content.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] { line, at - lineStart + 1 };
  }
}

package org.slicewright.model.util;

import org.eclipse.emf.ecore.EObject;

/**
 * One validation finding: its severity, the element it concerns (by id, or by its path in the
 * file when the element has no id) and a message that names the element.
 */
public record Problem(Severity severity, String element, String message, EObject object) {
  public enum Severity { ERROR, WARNING }

  @Override
  public String toString() {
    return severity.name().toLowerCase() + ": " + element + ": " + message;
  }
}

package org.slicewright.sim.scenario;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One change a study draft makes to a scenario: add {@code value} to a many-valued feature of
 * {@code owner}, or set a single-valued one. The workbench turns each into an EMF command, so adding
 * a study is one undoable edit; headless callers {@link #apply()} them.
 */
public record Addition(EObject owner, EStructuralFeature feature, Object value) {
  @SuppressWarnings("unchecked")
  public void apply() {
    if (feature.isMany()) ((List<Object>) owner.eGet(feature)).add(value);
    else owner.eSet(feature, value);
  }
}

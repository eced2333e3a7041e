package org.slicewright.whatif;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** A value a what-if's results set on the scenario's model besides its runs; the workbench applies it as an undoable edit. */
public record FeatureChange(EObject owner, EStructuralFeature feature, Object value) {
}

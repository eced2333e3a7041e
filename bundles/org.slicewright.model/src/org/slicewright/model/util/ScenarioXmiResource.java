package org.slicewright.model.util;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XMI resource of a scenario file. References are written as ids (source="ap01"); without an id
 * map every lookup scans the whole file, which made a 5 000-node / 20 000-link scenario take 4 s to
 * load (EMF checks a cached id against the element, so renamed ids stay correct). Reading stops at
 * the first error: a file of millions of unknown elements is refused at the first one instead of
 * collecting an error for each. A second element where the model holds one (two twin models, say)
 * is an error, not a silent replacement of the first.
 */
final class ScenarioXmiResource extends XMIResourceImpl {
  ScenarioXmiResource(URI uri) {
    super(uri);
    setIntrinsicIDToEObjectMap(new HashMap<>());
  }

  @Override
  protected XMLLoad createXMLLoad() {
    return new XMILoadImpl(createXMLHelper()) {
      @Override
      protected DefaultHandler makeDefaultHandler() {
        return new SAXXMIHandler(resource, helper, options) {
          @Override
          public void error(XMIException e) {
            super.error(e);
            throw new FirstError(e);
          }

          @Override
          protected void setFeatureValue(EObject object, EStructuralFeature feature, Object value, int position) {
            if (feature instanceof EReference r && r.isContainment() && !r.isMany() && object.eIsSet(feature)) {
              error(new XMIException("a " + object.eClass().getName() + " holds one " + feature.getName() + "; the file gives a second", getLocation(),
                  getLineNumber(), getColumnNumber()));
            }
            super.setFeatureValue(object, feature, value, position);
          }
        };
      }
    };
  }

  /** Ends the parse at the first error (recorded in the resource's errors with its line). */
  static final class FirstError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FirstError(XMIException e) {
      super(e.getMessage(), e);
    }
  }
}

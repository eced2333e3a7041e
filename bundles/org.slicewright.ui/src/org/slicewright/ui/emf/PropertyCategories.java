package org.slicewright.ui.emf;

import java.util.Locale;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.slicewright.model.topology.TopologyPackage;

/**
 * The group a field shows under in the Properties view: what names the element (id, name, kind),
 * the settings of its kind, fields that apply to one node kind only (under that kind, such as
 * "Board"), the other elements it refers to, and where it is drawn. The metamodel does not name
 * categories, so they follow from where and how each field is declared.
 */
public final class PropertyCategories {
  public static final String IDENTITY = "Identity", SETTINGS = "Settings", RELATIONS = "Relations", DRAWING = "Drawing";

  private PropertyCategories() {
  }

  public static String of(EStructuralFeature f) {
    if (f.getEContainingClass() == TopologyPackage.Literals.IDENTIFIED || f.getName().equals("kind")) return IDENTITY;
    if (f.getName().startsWith("diagram")) return DRAWING;
    var kinds = KindSpecificFeatures.kindsOf(f);
    if (!kinds.isEmpty()) return String.join(", ", kinds.stream().map(PropertyCategories::words).toList()) + " only";
    if (f instanceof EReference r && !r.isContainment()) return RELATIONS;
    return SETTINGS;
  }

  /** BOARD -> Board, END_DEVICE -> End device. */
  private static String words(String literal) {
    String w = literal.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}

package org.slicewright.ui.emf;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.PropertySheetSorter;
import org.slicewright.model.topology.TopologyPackage;
import org.slicewright.model.util.LiteralWords;

/**
 * The group a field shows under in the Properties view: what names the element (id, name, kind),
 * the settings of its kind, fields that apply to some node kinds only (under "Board only", "End
 * device only"), the other elements it refers to, and where it is drawn. The metamodel does not name
 * categories, so they follow from where and how each field is declared.
 */
public final class PropertyCategories {
  public static final String IDENTITY = "Identity", SETTINGS = "Settings", RELATIONS = "Relations", DRAWING = "Drawing";

  /** The order Properties shows the groups in: what the element is first, where it is drawn last. */
  private static final List<String> ORDER = List.of(IDENTITY, SETTINGS, RELATIONS, DRAWING);

  private PropertyCategories() {
  }

  /** Sorts Properties' groups in {@link #ORDER}, kind-only groups after the settings; fields stay alphabetical within a group. */
  public static final class Sorter extends PropertySheetSorter {
    @Override
    public int compareCategories(String a, String b) {
      return Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : super.compareCategories(a, b);
    }

    private static int rank(String category) {
      int i = ORDER.indexOf(category);
      // Kind-only groups ("Board only") belong with the settings.
      return i >= 0 ? 2 * i : 2 * ORDER.indexOf(SETTINGS) + 1;
    }
  }

  public static String of(EStructuralFeature f) {
    if (f.getEContainingClass() == TopologyPackage.Literals.IDENTIFIED || f.getName().equals("kind")) return IDENTITY;
    if (f.getName().startsWith("diagram")) return DRAWING;
    var kinds = KindSpecificFeatures.kindsOf(f);
    if (!kinds.isEmpty()) return String.join(", ", kinds.stream().map(LiteralWords::capitalised).toList()) + " only";
    if (f instanceof EReference r && !r.isContainment()) return RELATIONS;
    return SETTINGS;
  }
}

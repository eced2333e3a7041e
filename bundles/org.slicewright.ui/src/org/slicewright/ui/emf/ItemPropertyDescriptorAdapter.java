package org.slicewright.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of a model element in the Properties view, with a typed cell editor: a checkbox for
 * booleans, a combo for enumerations and single references (choices from the item provider), and a
 * text field for numbers and strings whose validator names the expected type. Multi-valued features
 * are shown read-only (they are edited in the tree).
 */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {
  private final Object object;
  private final IItemPropertyDescriptor d;
  private final ItemProviderLabelProvider labels;

  public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor d, ItemProviderLabelProvider labels) {
    this.object = object;
    this.d = d;
    this.labels = labels;
  }

  @Override
  public CellEditor createPropertyEditor(Composite parent) {
    if (!d.canSetProperty(object)) return null;
    Object f = d.getFeature(object);
    if (!(f instanceof EStructuralFeature) || ((EStructuralFeature) f).isMany()) return null;
    EStructuralFeature feature = (EStructuralFeature) f;
    if (feature instanceof EAttribute) {
      EDataType type = ((EAttribute) feature).getEAttributeType();
      Class<?> c = type.getInstanceClass();
      if (c == boolean.class || c == Boolean.class) return new CheckboxCellEditor(parent);
      if (type instanceof EEnum)
        return choices(parent, new ArrayList<>(((EEnum) type).getELiterals().stream()
            .map(l -> (Object) l.getInstance()).toList()), false);
      return text(parent, type);
    }
    if (feature instanceof EReference) {
      Collection<?> values = d.getChoiceOfValues(object);
      return choices(parent, values == null ? new ArrayList<>() : new ArrayList<>(values), true);
    }
    return null;
  }

  private CellEditor text(Composite parent, EDataType type) {
    TextCellEditor editor = new TextCellEditor(parent) {
      @Override
      protected Object doGetValue() {
        String s = (String) super.doGetValue();
        return EcoreUtil.createFromString(type, s);
      }

      @Override
      protected void doSetValue(Object value) {
        super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
      }
    };
    ICellEditorValidator v = value -> {
      try {
        EcoreUtil.createFromString(type, (String) value);
        return null;
      } catch (RuntimeException e) {
        return "'" + value + "' is not a valid " + type.getName().replaceFirst("^E", "").toLowerCase();
      }
    };
    editor.setValidator(v);
    return editor;
  }

  /** A read-only combo over the allowed values; the editor's value is the chosen object. */
  private CellEditor choices(Composite parent, List<Object> values, boolean allowNone) {
    List<Object> items = new ArrayList<>(values);
    if (allowNone && !items.contains(null)) items.add(0, null);
    String[] texts = items.stream().map(o -> o == null ? "" : labelText(o)).toArray(String[]::new);
    return new ComboBoxCellEditor(parent, texts, SWT.READ_ONLY) {
      @Override
      protected Object doGetValue() {
        int i = (Integer) super.doGetValue();
        return i < 0 ? null : items.get(i);
      }

      @Override
      protected void doSetValue(Object value) {
        super.doSetValue(Math.max(0, items.indexOf(value)));
      }
    };
  }

  private String labelText(Object o) {
    return o instanceof EObject ? labels.getText(o) : String.valueOf(o);
  }

  @Override
  public String getCategory() {
    String declared = d.getCategory(object);
    return declared == null && d.getFeature(object) instanceof EStructuralFeature f ? PropertyCategories.of(f) : declared;
  }

  @Override
  public String getDescription() { return d.getDescription(object); }

  @Override
  public String getDisplayName() { return d.getDisplayName(object); }

  @Override
  public String[] getFilterFlags() { return d.getFilterFlags(object); }

  @Override
  public Object getHelpContextIds() { return null; }

  @Override
  public Object getId() { return d.getId(object); }

  @Override
  public ILabelProvider getLabelProvider() {
    var itemLabels = d.getLabelProvider(object);
    return new LabelProvider() {
      @Override
      public String getText(Object element) {
        return itemLabels.getText(element);
      }

      @Override
      public Image getImage(Object element) {
        return labels.image(itemLabels.getImage(element));
      }
    };
  }

  @Override
  public boolean isCompatibleWith(IPropertyDescriptor other) {
    return false;
  }
}

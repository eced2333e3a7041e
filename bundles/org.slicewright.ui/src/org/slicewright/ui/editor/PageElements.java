package org.slicewright.ui.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Identified;

/**
 * Add, Duplicate and Remove on a form page, each one undoable command: a new element goes into the
 * list the page shows (the network's nodes, the scenario's twins...) with a unique id and a name;
 * a duplicate copies the selected element (its references keep their targets) under a new id; Remove
 * deletes the selected elements and every reference to them.
 */
final class PageElements {
  /** Where a page's new elements go: an owner and its containment list. */
  record Container(EObject owner, EReference feature) {
  }

  private PageElements() {
  }

  /** Adds a new element of {@code type}; returns it, or null when the command cannot run. */
  static EObject add(EditingDomain domain, Scenario scenario, Container where, EClass type) {
    EObject child = EcoreUtil.create(type);
    name(scenario, child);
    return execute(domain, AddCommand.create(domain, where.owner(), where.feature(), child)) ? child : null;
  }

  /** Adds a copy of {@code original} next to it; returns the copy, or null when it cannot be added. */
  static EObject duplicate(EditingDomain domain, Scenario scenario, EObject original) {
    EObject copy = EcoreUtil.copy(original);
    if (copy instanceof Identified i) i.setId(null);
    name(scenario, copy);
    EReference feature = original.eContainmentFeature();
    return feature != null && feature.isMany() && execute(domain, AddCommand.create(domain, original.eContainer(), feature, copy)) ? copy : null;
  }

  /** Removes the elements and the references to them. */
  static boolean remove(EditingDomain domain, List<?> elements) {
    return !elements.isEmpty() && execute(domain, DeleteCommand.create(domain, elements));
  }

  /** Gives a new element without an id a unique one, and a readable name from it ("Slice 1") when it has none. */
  static void name(Scenario scenario, EObject o) {
    if (!(o instanceof Identified i) || i.getId() != null) return;
    i.setId(NewChildMenu.uniqueId(scenario, o.eClass().getName()));
    if (i.getName() == null) i.setName(Character.toUpperCase(i.getId().charAt(0)) + i.getId().substring(1).replace('-', ' '));
  }

  private static boolean execute(EditingDomain domain, Command cmd) {
    if (!cmd.canExecute()) return false;
    domain.getCommandStack().execute(cmd);
    return true;
  }
}

package org.slicewright.ui.editor;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Identified;

/**
 * The tree's New Child menu: one entry per child the model's item providers allow under the selected
 * element (slices, services, requirements, pools, twins, studies, policies...), each an undoable
 * command named as EMF.Edit names it. A new element gets a unique id (and a name from it) at once, so
 * the scenario stays valid and the diagram and form pages can show it.
 */
public final class NewChildMenu {
  private NewChildMenu() {
  }

  /**
   * Adds "New Child" for {@code owner} to {@code menu}, if the model allows any child under it.
   *
   * @param created told of the new element after it is added (to select it)
   */
  public static void fill(IMenuManager menu, EditingDomain domain, Scenario scenario, Object owner, Consumer<Collection<?>> created) {
    Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
    MenuManager sub = new MenuManager("&New Child");
    for (Object d : descriptors) {
      Command cmd = CreateChildCommand.create(domain, owner, d, List.of(owner));
      if (!cmd.canExecute()) continue;
      String text = cmd instanceof CommandActionDelegate label ? label.getText() : String.valueOf(d);
      sub.add(new Action(text) {
        @Override
        public void run() {
          if (d instanceof CommandParameter p && p.getValue() instanceof EObject child) PageElements.name(scenario, child);
          domain.getCommandStack().execute(cmd);
          created.accept(cmd.getAffectedObjects());
        }
      });
    }
    if (!sub.isEmpty()) menu.add(sub);
  }

  /** "slice-1", "pooling-study-2"...: the element's kind in lower case and the first number not yet used. */
  static String uniqueId(Scenario scenario, String className) {
    String base = className.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    Set<String> used = new HashSet<>();
    scenario.eAllContents().forEachRemaining(o -> {
      if (o instanceof Identified i && i.getId() != null) used.add(i.getId());
    });
    for (int n = 1;; n++) if (!used.contains(base + "-" + n)) return base + "-" + n;
  }
}

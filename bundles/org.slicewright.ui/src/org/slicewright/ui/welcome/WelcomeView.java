package org.slicewright.ui.welcome;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.part.ViewPart;
import org.slicewright.examples.Examples;
import org.slicewright.ui.app.OpenScenarioAction;

/** The first screen: open an example, start a new scenario, or reopen a recent one. */
public final class WelcomeView extends ViewPart {
  public static final String ID = "org.slicewright.ui.welcomeView";
  private Composite body;
  private final List<Link> exampleLinks = new ArrayList<>();

  @Override
  public void createPartControl(Composite parent) {
    body = new Composite(parent, SWT.NONE);
    body.setLayout(new GridLayout(1, false));
    fill();
  }

  private void fill() {
    Label title = new Label(body, SWT.NONE);
    title.setText("Welcome to Slicewright: plan the edge of 5G/6G networks for AI services.");
    Link create = new Link(body, SWT.NONE);
    create.setText("<a>Create a new scenario...</a> (empty or from an example), or start from an example:");
    create.addListener(SWT.Selection, e -> newScenario(null));
    for (String name : Examples.names()) {
      Path f = Examples.file(name);
      Link l = new Link(body, SWT.NONE);
      l.setText("  <a>Open " + Examples.title(name) + "</a>");
      exampleLinks.add(l);
      l.addListener(SWT.Selection, e -> OpenScenarioAction.open(getSite().getWorkbenchWindow(), f));
    }
    if (!RecentFiles.list().isEmpty()) {
      new Label(body, SWT.NONE).setText("Recent:");
      for (Path p : RecentFiles.list()) {
        Link l = new Link(body, SWT.NONE);
        l.setText("  <a>" + p.getFileName() + "</a>  " + p.getParent());
        l.addListener(SWT.Selection, e -> OpenScenarioAction.open(getSite().getWorkbenchWindow(), p));
      }
    }
    Label hint = new Label(body, SWT.WRAP);
    hint.setText("Then: What-If > Run What-If... runs the scenario's study (pooling sweep, edge emulation, offloading or twins); "
        + "the Results and Charts views show its runs; the README of each example says what it reproduces.");
    hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
  }

  /** How many example links the view shows. */
  public int openableExamples() {
    return exampleLinks.size();
  }

  void newScenario(String template) {
    new WizardDialog(getSite().getShell(), new NewScenarioWizard(getSite().getWorkbenchWindow(), template)).open();
  }

  @Override
  public void setFocus() {
    body.setFocus();
  }
}

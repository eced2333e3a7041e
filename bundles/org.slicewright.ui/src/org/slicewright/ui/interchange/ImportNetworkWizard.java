package org.slicewright.ui.interchange;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.slicewright.interchange.ImportException;
import org.slicewright.interchange.NetworkFormat;
import org.slicewright.interchange.NetworkImport;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.ui.jobs.ProgressBridge;
import org.slicewright.ui.app.OpenScenarioAction;

/**
 * File > Import Network...: a CSV inventory, a GraphML file (Internet Topology Zoo) or a Net2Plan design
 * becomes a new scenario. The import runs in the wizard with its progress bar and Cancel (a 10 000-node
 * file takes a second or two); a file wrong anywhere leaves the wizard open saying where, and nothing is
 * written. The mapping report (what was imported, guessed, defaulted, dropped) goes into the
 * scenario's description, where the planner finds it in Properties.
 */
public final class ImportNetworkWizard extends Wizard {
  private final IWorkbenchWindow window;
  private Page page;
  private NetworkImport.Imported last;

  public ImportNetworkWizard(IWorkbenchWindow window) {
    this.window = window;
    setWindowTitle("Import Network");
    setNeedsProgressMonitor(true);
  }

  @Override
  public void addPages() {
    page = new Page();
    addPage(page);
  }

  /** The last import's result, for the tests. */
  public NetworkImport.Imported imported() {
    return last;
  }

  @Override
  public boolean performFinish() {
    Path source = Path.of(page.source.getText().strip());
    Path links = page.links.isEnabled() && !page.links.getText().isBlank() ? Path.of(page.links.getText().strip()) : null;
    Path target = scenarioFile(page.target.getText().strip());
    if (Files.exists(target)) {
      page.setErrorMessage(target + " exists; import into a new file");
      return false;
    }
    String[] error = new String[1];
    try {
      getContainer().run(true, true, monitor -> {
        try {
          last = NetworkImport.read(source, links, new ProgressBridge(monitor));
          String report = String.join("\n", last.report().lines());
          last.scenario().setDescription(last.scenario().getDescription() + "\n" + report);
          ScenarioResources.save(last.scenario(), target);
        } catch (ImportException e) {
          error[0] = e.getMessage();
        } catch (IOException e) {
          error[0] = "cannot import: " + e.getMessage();
        }
      });
    } catch (InvocationTargetException e) {
      error[0] = "the import failed: " + e.getCause();
    } catch (InterruptedException e) {
      error[0] = "cancelled; nothing was written";
    }
    if (error[0] != null) {
      page.setErrorMessage(error[0]);
      return false;
    }
    OpenScenarioAction.open(window, target);
    return true;
  }

  static Path scenarioFile(String text) {
    String ext = "." + ScenarioResources.FILE_EXTENSION;
    return Path.of(text.endsWith(ext) ? text : text + ext);
  }

  /** The files: what to import (its format from its extension), the links of a CSV inventory, and the new scenario. */
  final class Page extends WizardPage {
    Text source, links, target;
    /** Whether the planner typed the scenario file's name (then a new source does not replace it). */
    private boolean targetChosen, settingTarget;

    Page() {
      super("import", "Import a network", null);
      setDescription("A CSV inventory (sites.csv + links.csv), GraphML (Topology Zoo) or a Net2Plan design (.n2p) becomes a new scenario.");
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = new Composite(parent, SWT.NONE);
      c.setLayout(new GridLayout(3, false));
      source = row(c, "File to import:", "", new String[] { "*.csv;*.graphml;*.n2p", "*.*" }, SWT.OPEN);
      links = row(c, "Links (CSV only):", "", new String[] { "*.csv", "*.*" }, SWT.OPEN);
      target = row(c, "New scenario:", Path.of(System.getProperty("user.home"), "imported.slicewright").toString(), new String[] { "*.slicewright" }, SWT.SAVE);
      source.addModifyListener(e -> {
        Path f = Path.of(source.getText().strip());
        boolean csv = source.getText().strip().toLowerCase(Locale.ROOT).endsWith(".csv");
        links.setEnabled(csv);
        if (csv && links.getText().isBlank() && f.getParent() != null && Files.isRegularFile(f.resolveSibling("links.csv"))) {
          links.setText(f.resolveSibling("links.csv").toString());
        }
        String name = f.getFileName() == null ? "" : f.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        if (!targetChosen && !name.isEmpty() && f.getParent() != null) {
          settingTarget = true;
          target.setText(f.resolveSibling(name.equals("sites") ? "inventory.slicewright" : name + ".slicewright").toString());
          settingTarget = false;
        }
        check();
      });
      target.addModifyListener(e -> {
        if (!settingTarget) targetChosen = true;
        check();
      });
      setControl(c);
      check();
    }

    private Text row(Composite c, String label, String value, String[] filters, int style) {
      new Label(c, SWT.NONE).setText(label);
      Text t = new Text(c, SWT.BORDER);
      t.setText(value);
      t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
      Button browse = new Button(c, SWT.PUSH);
      browse.setText("Browse...");
      browse.addListener(SWT.Selection, e -> {
        FileDialog d = new FileDialog(getShell(), style);
        d.setFilterExtensions(filters);
        String f = d.open();
        if (f != null) t.setText(f);
      });
      return t;
    }

    void check() {
      String s = source.getText().strip();
      String problem = null;
      if (s.isEmpty()) {
        problem = "Choose the file to import.";
      } else if (!Files.isRegularFile(Path.of(s))) {
        problem = s + " does not exist.";
      } else {
        try {
          if (!NetworkFormat.ofFile(Path.of(s)).importable()) problem = "GeoJSON is written for maps, not read; import CSV, GraphML or Net2Plan.";
        } catch (IllegalArgumentException e) {
          problem = e.getMessage();
        }
      }
      if (problem == null && target.getText().isBlank()) problem = "Name the new scenario file.";
      if (problem == null && Files.exists(scenarioFile(target.getText().strip()))) problem = scenarioFile(target.getText().strip()) + " exists; choose a new file.";
      setErrorMessage(problem);
      setPageComplete(problem == null);
    }

    /** For the tests: fills the page as a planner would. */
    void fill(Path file, Path scenario) {
      source.setText(file.toString());
      target.setText(scenario.toString());
    }
  }

  /** For the tests. */
  public void fill(Path file, Path scenario) {
    page.fill(file, scenario);
  }

  /** For the tests: the page's message. */
  public String errorMessage() {
    return page.getErrorMessage();
  }
}

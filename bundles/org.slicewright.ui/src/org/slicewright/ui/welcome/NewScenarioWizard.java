package org.slicewright.ui.welcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.examples.Examples;
import org.slicewright.model.util.EmptyScenario;
import org.slicewright.ui.app.OpenScenarioAction;
import org.slicewright.ui.prefs.SlicewrightPreferences;

/**
 * File > New Scenario...: an empty scenario or a copy of one of the examples, saved to a new file
 * (never over an existing one) and opened. Seed and RU prices come from the preferences.
 */
public final class NewScenarioWizard extends Wizard {
  public static final String EMPTY = "empty";
  private final IWorkbenchWindow window;
  private final String template;
  private Page page;

  public NewScenarioWizard(IWorkbenchWindow window, String template) {
    this.window = window;
    this.template = template;
    setWindowTitle("New Scenario");
  }

  @Override
  public void addPages() {
    page = new Page();
    addPage(page);
  }

  @Override
  public boolean performFinish() {
    try {
      Path f = create(page.template(), page.id(), page.name(), Path.of(page.file()));
      OpenScenarioAction.open(window, f);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      page.setErrorMessage(e.getMessage());
      return false;
    }
  }

  /** Builds and saves the scenario; refuses to overwrite a file. */
  public static Path create(String template, String id, String name, Path file) throws IOException {
    if (Files.exists(file)) throw new IllegalArgumentException(file + " exists; choose another file name");
    if (!file.toString().endsWith("." + ScenarioResources.FILE_EXTENSION)) file = Path.of(file + "." + ScenarioResources.FILE_EXTENSION);
    Scenario s = EMPTY.equals(template) ? EmptyScenario.create(id, name) : Examples.load(template);
    if (!EMPTY.equals(template)) {
      s.setId(id);
      s.setName(name);
    }
    IPreferenceStore p = SlicewrightPreferences.store();
    s.setSeed(p.getInt(SlicewrightPreferences.SEED));
    if (s.getCostModel() != null && EMPTY.equals(template)) {
      s.getCostModel().setCommunicationPerDataUnit(p.getDouble(SlicewrightPreferences.RU_COMMUNICATION));
      s.getCostModel().setComputingPerDataUnit(p.getDouble(SlicewrightPreferences.RU_COMPUTING));
      s.getCostModel().setModelTraining(p.getDouble(SlicewrightPreferences.RU_TRAINING));
      s.getCostModel().setModelExchangePerTransfer(p.getDouble(SlicewrightPreferences.RU_EXCHANGE));
    }
    if (file.getParent() != null) Files.createDirectories(file.getParent());
    ScenarioResources.save(s, file);
    return file;
  }

  final class Page extends WizardPage {
    private Combo templates;
    private Text id, name, file;

    Page() {
      super("scenario", "New scenario", null);
      setDescription("Start empty or from an example; the example's topology, slices and studies are copied.");
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = new Composite(parent, SWT.NONE);
      c.setLayout(new GridLayout(3, false));
      new Label(c, SWT.NONE).setText("Template:");
      templates = new Combo(c, SWT.READ_ONLY);
      templates.add(EMPTY);
      for (String t : Examples.names()) templates.add(t);
      templates.setText(template == null ? EMPTY : template);
      templates.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
      id = field(c, "Id:", "my-scenario");
      name = field(c, "Name:", "My scenario");
      new Label(c, SWT.NONE).setText("File:");
      file = new Text(c, SWT.BORDER);
      file.setText(Path.of(System.getProperty("user.home"), "my-scenario.slicewright").toString());
      file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
      file.addModifyListener(e -> check());
      Button browse = new Button(c, SWT.PUSH);
      browse.setText("Browse...");
      browse.addListener(SWT.Selection, e -> {
        FileDialog d = new FileDialog(getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.slicewright" });
        String f = d.open();
        if (f != null) file.setText(f);
      });
      setControl(c);
      check();
    }

    private Text field(Composite c, String label, String value) {
      new Label(c, SWT.NONE).setText(label);
      Text t = new Text(c, SWT.BORDER);
      t.setText(value);
      t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
      t.addModifyListener(e -> check());
      return t;
    }

    private void check() {
      String problem = id.getText().isBlank()
          ? "Give the scenario an id"
          : file.getText().isBlank()
              ? "Choose a file"
              : Files.exists(Path.of(file.getText())) ? file.getText() + " exists; choose another file name" : null;
      setErrorMessage(problem);
      setPageComplete(problem == null);
    }

    String template() { return templates.getText(); }
    String id() { return id.getText().trim(); }
    String name() { return name.getText().trim(); }
    String file() { return file.getText().trim(); }
  }
}

package org.slicewright.ui.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.slicewright.interchange.NetworkExport;
import org.slicewright.interchange.NetworkFormat;
import org.slicewright.interchange.NetworkRecords;
import org.slicewright.interchange.Wgs84;
import org.slicewright.interchange.geojson.GeoJson;
import org.slicewright.model.scenario.Scenario;

/**
 * File > Export Network...: the active scenario's network as a CSV inventory (a folder with
 * {@code sites.csv} and {@code links.csv}), GraphML, a Net2Plan design or GeoJSON with results. A
 * planar network needs the map position of its origin for GeoJSON; the page asks for it only then.
 */
public final class ExportNetworkWizard extends Wizard {
  private final Scenario scenario;
  private final Path folder;
  private Page page;
  private final List<Path> written = new ArrayList<>();

  /** @param folder where the file chooser starts (the scenario's folder) */
  public ExportNetworkWizard(Scenario scenario, Path folder) {
    this.scenario = scenario;
    this.folder = folder;
    setWindowTitle("Export Network");
  }

  @Override
  public void addPages() {
    page = new Page();
    addPage(page);
  }

  /** The files the last export wrote. */
  public List<Path> written() {
    return List.copyOf(written);
  }

  @Override
  public boolean performFinish() {
    NetworkFormat format = page.format();
    Path target = Path.of(page.target.getText().strip());
    Wgs84.Projection anchor = page.anchor();
    String[] error = new String[1];
    BusyIndicator.showWhile(getShell().getDisplay(), () -> {
      try {
        written.clear();
        written.addAll(NetworkExport.write(scenario, format, target, anchor));
      } catch (IOException | IllegalArgumentException e) {
        error[0] = "Cannot export: " + e.getMessage();
      }
    });
    page.setErrorMessage(error[0]);
    return error[0] == null;
  }

  /** The format, the target and, for GeoJSON of a planar network, the anchor. */
  final class Page extends WizardPage {
    Combo formats;
    Text target, latitude, longitude;
    private final boolean planar = GeoJson.needsAnchor(NetworkRecords.of(scenario.getNetwork())) != null;

    Page() {
      super("export", "Export the network", null);
      setDescription("For Net2Plan, GraphML tools, inventories, or maps (GeoJSON carries each node's results).");
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = new Composite(parent, SWT.NONE);
      c.setLayout(new GridLayout(3, false));
      new Label(c, SWT.NONE).setText("Format:");
      formats = new Combo(c, SWT.READ_ONLY);
      for (NetworkFormat f : NetworkFormat.values()) formats.add(f.extension());
      formats.select(NetworkFormat.GRAPHML.ordinal());
      formats.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
      new Label(c, SWT.NONE).setText("To:");
      target = new Text(c, SWT.BORDER);
      target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
      Button browse = new Button(c, SWT.PUSH);
      browse.setText("Browse...");
      browse.addListener(SWT.Selection, e -> browse());
      latitude = field(c, "Origin latitude:");
      longitude = field(c, "Origin longitude:");
      formats.addListener(SWT.Selection, e -> {
        target.setText(defaultTarget(format()).toString());
        check();
      });
      target.setText(defaultTarget(format()).toString());
      target.addModifyListener(e -> check());
      latitude.addModifyListener(e -> check());
      longitude.addModifyListener(e -> check());
      setControl(c);
      check();
    }

    private Text field(Composite c, String label) {
      new Label(c, SWT.NONE).setText(label);
      Text t = new Text(c, SWT.BORDER);
      t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
      return t;
    }

    private void browse() {
      String chosen;
      if (format() == NetworkFormat.CSV) {
        DirectoryDialog d = new DirectoryDialog(getShell());
        d.setMessage("Folder for sites.csv and links.csv");
        d.setFilterPath(folder.toString());
        chosen = d.open();
      } else {
        FileDialog d = new FileDialog(getShell(), SWT.SAVE);
        d.setOverwrite(true);
        d.setFilterExtensions(new String[] { "*." + format().extension() });
        d.setFilterPath(folder.toString());
        chosen = d.open();
      }
      if (chosen != null) target.setText(chosen);
    }

    Path defaultTarget(NetworkFormat f) {
      String base = scenario.getId() == null ? "network" : scenario.getId();
      return f == NetworkFormat.CSV ? folder.resolve(base + "-inventory") : folder.resolve(base + "." + f.extension());
    }

    NetworkFormat format() {
      return NetworkFormat.values()[Math.max(0, formats.getSelectionIndex())];
    }

    /** The anchor the fields give, or {@code null} when not needed or not valid. */
    Wgs84.Projection anchor() {
      if (format() != NetworkFormat.GEOJSON || !planar) return null;
      try {
        double lat = Double.parseDouble(latitude.getText().strip()), lon = Double.parseDouble(longitude.getText().strip());
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 ? new Wgs84.Projection(lat, lon) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }

    void check() {
      boolean needsAnchor = format() == NetworkFormat.GEOJSON && planar;
      latitude.setEnabled(needsAnchor);
      longitude.setEnabled(needsAnchor);
      String problem = null;
      if (target.getText().isBlank()) problem = "Choose where to write.";
      else if (needsAnchor && anchor() == null) problem = "The network is planar: give the map position (WGS84 degrees) of its origin for GeoJSON.";
      setErrorMessage(problem);
      setPageComplete(problem == null);
      Path to = target.getText().isBlank() ? null : Path.of(target.getText().strip());
      boolean replaces = problem == null && to != null && (format() == NetworkFormat.CSV ? Files.exists(to.resolve("sites.csv")) : Files.exists(to));
      setMessage(replaces ? to + (format() == NetworkFormat.CSV ? " already holds an inventory" : " exists") + "; Finish replaces it." : null, WARNING);
    }

    void fill(NetworkFormat f, Path to, String lat, String lon) {
      formats.select(f.ordinal());
      target.setText(to.toString());
      latitude.setText(lat);
      longitude.setText(lon);
      check();
    }
  }

  /** For the tests: fills the page as a planner would. */
  public void fill(NetworkFormat f, Path to, String lat, String lon) {
    page.fill(f, to, lat, lon);
  }

  /** For the tests: the page's message. */
  public String errorMessage() {
    return page.getErrorMessage();
  }
}

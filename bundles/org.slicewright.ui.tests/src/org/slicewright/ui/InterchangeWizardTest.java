package org.slicewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.examples.Examples;
import org.slicewright.interchange.NetworkFormat;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.ui.editor.ActiveScenario;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.interchange.ExportNetworkWizard;
import org.slicewright.ui.interchange.ImportNetworkWizard;

/** File > Import Network... and File > Export Network... as a planner uses them. */
class InterchangeWizardTest {
  @TempDir
  Path tmp;

  private static WizardDialog open(IWizard wizard) {
    WizardDialog dialog = new WizardDialog(WorkbenchTest.window().getShell(), wizard);
    dialog.setBlockOnOpen(false);
    dialog.open();
    WorkbenchTest.processEvents();
    return dialog;
  }

  @Test
  void anInventoryImportsIntoANewScenarioThatOpens() throws Exception {
    Files.writeString(tmp.resolve("sites.csv"), "id,name,kind,latitude,longitude\nc,Core,cloud,48.14,11.58\ne,Edge,edge,48.15,11.56\na,AP,ap,48.151,11.561\n");
    Files.writeString(tmp.resolve("links.csv"), "source,target,bandwidth\nc,e,10000\ne,a,1000\n");
    ImportNetworkWizard wizard = new ImportNetworkWizard(WorkbenchTest.window());
    WizardDialog dialog = open(wizard);
    Path scenario = tmp.resolve("munich.slicewright");
    wizard.fill(tmp.resolve("sites.csv"), scenario);
    WorkbenchTest.processEvents();
    assertTrue(wizard.canFinish(), String.valueOf(wizard.errorMessage()));
    WorkbenchTest.takeScreenshot(dialog.getShell(), "import-network.png");
    assertTrue(wizard.performFinish(), String.valueOf(wizard.errorMessage()));
    dialog.close();
    WorkbenchTest.processEvents();
    Scenario s = ScenarioResources.load(scenario);
    assertEquals(3, s.getNetwork().getNodes().size());
    assertTrue(s.getDescription().contains("imported: 3 nodes and 2 links"), s.getDescription());
    ScenarioEditor editor = ActiveScenario.editor(WorkbenchTest.window());
    assertNotNull(editor);
    assertEquals(3, editor.getScenario().getNetwork().getNodes().size(), "the new scenario is open");
  }

  @Test
  void aMalformedFileKeepsTheWizardOpenSayingWhereAndWritesNothing() throws Exception {
    Files.writeString(tmp.resolve("sites.csv"), "id,compute\na,1\nb,lots\n");
    ImportNetworkWizard wizard = new ImportNetworkWizard(WorkbenchTest.window());
    WizardDialog dialog = open(wizard);
    Path scenario = tmp.resolve("bad.slicewright");
    wizard.fill(tmp.resolve("sites.csv"), scenario);
    assertFalse(wizard.performFinish());
    assertTrue(wizard.errorMessage().startsWith("sites.csv:3:2: compute (GFLOP/s) 'lots' is not a number"), wizard.errorMessage());
    assertFalse(Files.exists(scenario));
    WorkbenchTest.takeScreenshot(dialog.getShell(), "import-network-error.png");
    dialog.close();
  }

  @Test
  void geoJsonOfAPlanarNetworkAsksForTheOrigin() throws Exception {
    Scenario s = Examples.load("hetero-edge");
    ExportNetworkWizard wizard = new ExportNetworkWizard(s, tmp);
    WizardDialog dialog = open(wizard);
    Path out = tmp.resolve("hetero.geojson");
    wizard.fill(NetworkFormat.GEOJSON, out, "", "");
    assertFalse(wizard.canFinish());
    assertTrue(wizard.errorMessage().contains("map position"), wizard.errorMessage());
    wizard.fill(NetworkFormat.GEOJSON, out, "60.17", "24.94");
    assertTrue(wizard.canFinish(), String.valueOf(wizard.errorMessage()));
    WorkbenchTest.takeScreenshot(dialog.getShell(), "export-network.png");
    assertTrue(wizard.performFinish());
    dialog.close();
    assertTrue(Files.readString(out).startsWith("{\"type\":\"FeatureCollection\""));
    assertEquals(1, wizard.written().size());
  }
}

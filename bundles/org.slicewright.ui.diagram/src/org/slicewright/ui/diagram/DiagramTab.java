package org.slicewright.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.slicewright.diagram.glsp.RunOverlays;
import org.slicewright.diagram.glsp.ScenarioDomains;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;

/**
 * A diagram page of the scenario editor (the topology, or an AI service's sub-pools): the GLSP web
 * client in an SWT Browser (WebKitGTK), editing the editor's own model through its editing domain. Selection flows both ways; the
 * editor's command stack, dirty state and save are shared.
 */
public final class DiagramTab {
  private final Composite root;
  private final Path file;
  private final EditingDomain domain;
  private final Runnable save;
  private final Consumer<List<String>> selected;
  private final String query;
  private Browser browser;
  private boolean created;
  private boolean loaded;

  /**
   * @param save saves the scenario as the editor does (called on the UI thread)
   * @param selected told of the diagram's selection (element ids), on the UI thread
   */
  public DiagramTab(Composite parent, Path file, EditingDomain domain, Runnable save, Consumer<List<String>> selected) {
    this(parent, file, domain, save, selected, "");
  }

  /**
   * @param query added to the page address: {@code &diagram=pool&pool=ID} shows the pool diagram of a
   *        secondary pool instead of the topology
   */
  public DiagramTab(Composite parent, Path file, EditingDomain domain, Runnable save, Consumer<List<String>> selected, String query) {
    this.file = file;
    this.domain = domain;
    this.save = save;
    this.selected = selected;
    this.query = query;
    root = new Composite(parent, SWT.NONE);
    root.setLayout(new FillLayout());
    // The embedded browser (a WebKit process) and its page cost a second or more: they are made when
    // the page is first shown, not when the editor opens on its Tree page.
    root.addListener(SWT.Show, e -> create());
  }

  private void create() {
    if (created || root.isDisposed()) return;
    created = true;
    Display display = root.getDisplay();
    String url;
    try {
      // host=workbench: the editor's Undo owns Ctrl+Z, so the page does not bind it a second time.
      url = DiagramService.server().pageUrl(file) + "&host=workbench" + query;
      browser = new Browser(root, SWT.NONE);
    } catch (IOException | SWTError e) {
      Label message = new Label(root, SWT.WRAP);
      message.setText("The diagram is not available: " + e.getMessage()
          + "\n\nIt runs in an embedded browser (WebKitGTK; Debian package libwebkit2gtk-4.1-0). The Tree and form pages edit the same scenario.");
      root.layout();
      return;
    }
    if (!DiagramService.domains().find(file).isPresent()) {
      DiagramService.domains().register(file, new ScenarioDomains.Entry(domain, display::syncExec, () -> display.syncExec(save)));
    }
    new BrowserFunction(browser, "slicewrightSelectionChanged") {
      @Override
      public Object function(Object[] args) {
        if (args.length == 1 && args[0] instanceof String json) selected.accept(ids(json));
        return null;
      }
    };
    browser.addProgressListener(ProgressListener.completedAdapter(e -> loaded = true));
    browser.setUrl(url);
    root.addDisposeListener(e -> DiagramService.domains().unregister(file));
    root.layout();
  }

  public Control control() {
    return root;
  }

  /** True once the page has loaded (tests wait for it). */
  public boolean isLoaded() { return loaded; }

  /** The embedded browser (made now if the page was never shown), or null when the diagram could not be shown. */
  public Browser browser() {
    create();
    return browser;
  }

  /** Selects these elements in the diagram (the tree's selection, by id). */
  public void select(List<String> ids) {
    if (browser == null || !loaded) return;
    StringBuilder js = new StringBuilder("window.slicewright && window.slicewright.select([");
    for (int i = 0; i < ids.size(); i++) js.append(i == 0 ? "" : ",").append('"').append(ids.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    browser.execute(js.append("]);").toString());
  }

  /** Opens the rename box over the selected node's name (what F2 does in the workbench's Rename command). */
  public void renameSelected() {
    if (browser == null || !loaded) return;
    browser.setFocus();
    browser.execute("window.slicewright && window.slicewright.renameSelected();");
  }

  /**
   * Colours the diagram's nodes by a run's results (health and utilisation per board of an edge run);
   * a run without per-node results, or null, clears the colours.
   */
  public void showResults(Scenario scenario, Run run) {
    DiagramService.domains().setOverlay(file, RunOverlays.of(scenario, run));
  }

  /** The ids in a JSON array of strings as the page sends them (["ap01","link-ap01-mbs"]). */
  static List<String> ids(String json) {
    List<String> out = new ArrayList<>();
    var m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
    while (m.find()) out.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
    return out;
  }
}

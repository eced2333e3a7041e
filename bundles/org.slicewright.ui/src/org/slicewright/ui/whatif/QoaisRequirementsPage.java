package org.slicewright.ui.whatif;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.Comparison;
import org.slicewright.model.slicing.QoAISIndicator;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.util.AiServices;
import org.slicewright.sim.scenario.QoaisRequirementsDraft;
import org.slicewright.sim.scenario.QoaisRequirementsDraft.Required;
import org.slicewright.sim.scenario.StudyDraft;
import org.slicewright.model.util.LiteralWords;

/**
 * QoAIS requirements for an AI service: one row per indicator (ticked, value, unit), and the AI task
 * that carries them down to per-resource QoS, with its anchor and scheduler nodes.
 */
public final class QoaisRequirementsPage extends StudyPage {
  /** One indicator's row. */
  private record Row(Button ticked, Text value, Text unit) {
  }

  private final Map<QoAISIndicator, Row> rows = new EnumMap<>(QoAISIndicator.class);
  private ComboViewer service, anchor, scheduler;
  private Button decompose;

  QoaisRequirementsPage(Scenario scenario) {
    super("qoais", "QoAIS requirements", "What the AI service must achieve; the compliance check reports each against the run the planner would deploy.", scenario);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    c.setLayout(new GridLayout(4, false));
    new Label(c, SWT.NONE).setText("AI service:");
    List<AIService> services = AiServices.of(scenario);
    service = combo(c, 3, services, o -> ((AIService) o).getName());
    if (!services.isEmpty()) service.setSelection(new StructuredSelection(services.get(0)));
    for (QoAISIndicator i : QoAISIndicator.VALUES) {
      Required suggested = QoaisRequirementsDraft.suggestion(i);
      Button ticked = new Button(c, SWT.CHECK);
      ticked.setText(LiteralWords.capitalised(i.getLiteral()));
      ticked.setSelection(QoaisRequirementsDraft.SUGGESTED.contains(i));
      ticked.addListener(SWT.Selection, e -> check());
      new Label(c, SWT.NONE).setText(QoaisRequirementsDraft.comparisonOf(i) == Comparison.AT_LEAST ? "at least" : "at most");
      Text value = text(c, suggested.value() == Math.rint(suggested.value()) ? Long.toString((long) suggested.value()) : Double.toString(suggested.value()), 80);
      Text unit = text(c, suggested.unit(), 60);
      rows.put(i, new Row(ticked, value, unit));
    }
    decompose = new Button(c, SWT.CHECK);
    decompose.setText("Carry them down to an AI task (anchor, scheduler, an executor on each node of the service's functions)");
    decompose.setSelection(true);
    decompose.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
    decompose.addListener(SWT.Selection, e -> {
      anchor.getCombo().setEnabled(decompose.getSelection());
      scheduler.getCombo().setEnabled(decompose.getSelection());
      check();
    });
    List<Node> nodes = scenario.getNetwork() == null ? List.of() : List.copyOf(scenario.getNetwork().getNodes());
    new Label(c, SWT.NONE).setText("Anchor:");
    anchor = combo(c, 3, nodes, o -> ((Node) o).getName());
    first(anchor, nodes, NodeKind.EDGE_SERVER, NodeKind.CLOUD);
    new Label(c, SWT.NONE).setText("Scheduler:");
    scheduler = combo(c, 3, nodes, o -> ((Node) o).getName());
    first(scheduler, nodes, NodeKind.MACRO_BS, NodeKind.SMALL_BS, NodeKind.EDGE_SERVER);
    setControl(c);
    check();
  }

  private interface Naming {
    String name(Object o);
  }

  private ComboViewer combo(Composite c, int span, List<?> input, Naming naming) {
    ComboViewer v = new ComboViewer(c, SWT.READ_ONLY);
    v.getCombo().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
    v.setContentProvider(ArrayContentProvider.getInstance());
    v.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object o) {
        return naming.name(o);
      }
    });
    v.setInput(input);
    v.addSelectionChangedListener(e -> check());
    return v;
  }

  /** Selects the first node of the first kind present: the CU-like edge server anchors, a base station schedules. */
  private static void first(ComboViewer v, List<Node> nodes, NodeKind... kinds) {
    for (NodeKind k : kinds) {
      for (Node n : nodes) {
        if (n.getKind() == k) {
          v.setSelection(new StructuredSelection(n));
          return;
        }
      }
    }
  }

  private Text text(Composite c, String value, int width) {
    Text t = new Text(c, SWT.BORDER);
    t.setText(value);
    GridData d = new GridData(SWT.FILL, SWT.CENTER, false, false);
    d.widthHint = width;
    t.setLayoutData(d);
    t.addModifyListener(e -> check());
    return t;
  }

  private static Object chosen(ComboViewer v) {
    return ((IStructuredSelection) v.getSelection()).getFirstElement();
  }

  @Override
  StudyDraft draft() {
    if (scheduler == null) return null;
    List<Required> required = new ArrayList<>();
    try {
      for (Map.Entry<QoAISIndicator, Row> e : rows.entrySet()) {
        Row r = e.getValue();
        if (!r.ticked().getSelection()) continue;
        String name = LiteralWords.lower(e.getKey().getLiteral());
        required.add(new Required(e.getKey(), number(r.value().getText(), "a value of " + name), r.unit().getText().trim()));
      }
    } catch (UnparsedSetting e) {
      return e.asDraft();
    }
    boolean task = decompose.getSelection();
    return new QoaisRequirementsDraft(scenario, (AIService) chosen(service), required, task ? (Node) chosen(anchor) : null, task ? (Node) chosen(scheduler) : null);
  }

  /** For tests: ticks exactly these indicators with these values (units as suggested), as a planner would. */
  public void enter(Map<QoAISIndicator, String> values) {
    rows.forEach((i, r) -> {
      r.ticked().setSelection(values.containsKey(i));
      if (values.containsKey(i)) r.value().setText(values.get(i));
    });
    check();
  }
}

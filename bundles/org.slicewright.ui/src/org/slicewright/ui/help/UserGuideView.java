package org.slicewright.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.List;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.Bundle;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Help > User Guide: the guide's topics (from the bundle's Eclipse help table of contents,
 * {@code help/toc.xml}) and the selected topic as text. It needs no browser, so it works on every desktop
 * the workbench runs on; the same pages are registered as Eclipse help and kept in docs/user-guide.
 */
public final class UserGuideView extends ViewPart {
  public static final String ID = "org.slicewright.ui.userGuide";

  /** A topic of the guide: its label and its page in the bundle. */
  public record Topic(String label, String href) {
  }

  private List topics;
  private StyledText text;
  private final java.util.List<Topic> toc = new ArrayList<>(); // qualified: SWT's List is imported

  @Override
  public void createPartControl(Composite parent) {
    SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
    topics = new List(sash, SWT.SINGLE | SWT.V_SCROLL);
    text = new StyledText(sash, SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
    text.setMargins(8, 8, 8, 8);
    sash.setWeights(1, 3);
    toc.addAll(toc());
    for (Topic t : toc) topics.add(t.label());
    topics.addListener(SWT.Selection, e -> show(topics.getSelectionIndex()));
    if (!toc.isEmpty()) {
      topics.select(0);
      show(0);
    }
  }

  public void show(int index) {
    if (index < 0 || index >= toc.size()) return;
    topics.select(index);
    text.setText(pageText(toc.get(index).href()));
  }

  public String shownText() {
    return text.getText();
  }

  public java.util.List<Topic> topics() { // qualified: SWT's List is imported
    return java.util.List.copyOf(toc); // qualified: SWT's List is imported
  }

  /** The topics listed in the guide's toc.xml (docs/user-guide, linked into the bundle as help/). */
  public static java.util.List<Topic> toc() { // qualified: SWT's List is imported
    java.util.List<Topic> out = new ArrayList<>(); // qualified: SWT's List is imported
    try (InputStream in = open("help/toc.xml")) {
      var f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList nodes = f.newDocumentBuilder().parse(in).getElementsByTagName("topic");
      for (int i = 0; i < nodes.getLength(); i++) {
        Element e = (Element) nodes.item(i);
        out.add(new Topic(e.getAttribute("label"), e.getAttribute("href")));
      }
    } catch (Exception e) {
      out.add(new Topic("User guide unavailable", ""));
    }
    return out;
  }

  /** A page as plain text: headings and paragraphs on their own lines, entities decoded. */
  static String pageText(String href) {
    if (href.isEmpty()) return "The user guide could not be read from the product.";
    try (InputStream in = open(href)) {
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String body = html.replaceAll("(?s).*<body>", "").replaceAll("(?s)</body>.*", "");
      String t = body.replaceAll("</h1>", "\n\n").replaceAll("</p>", "\n\n").replaceAll("<[^>]+>", "");
      return t.replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&").replaceAll("[ \t]*\n[ \t]*", "\n").replaceAll("\n{3,}", "\n\n").trim();
    } catch (IOException e) {
      return "Cannot read " + href + ": " + e.getMessage();
    }
  }

  private static InputStream open(String path) throws IOException {
    Bundle b = Platform.getBundle("org.slicewright.ui");
    URL u = b == null ? null : b.getEntry(path);
    if (u == null) throw new IOException(path + " is not in the product");
    return u.openStream();
  }

  @Override
  public void setFocus() {
    topics.setFocus();
  }
}

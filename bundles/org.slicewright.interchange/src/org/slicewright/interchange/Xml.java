package org.slicewright.interchange;

import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * XML input that cannot reach outside the file: no DTD and no entities (an import never fetches
 * anything or reads another file because the file says so).
 */
public final class Xml {
  private Xml() {
  }

  /** A document type declaration or an entity reference: refused, since entities could hide content or reach outside the file. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourceLocation where;

    Refused(SourceLocation where, String message) {
      super(message);
      this.where = where;
    }

    /** The refusal as an import error. */
    public ImportException asImportError() {
      return new ImportException(where, getMessage());
    }
  }

  /**
   * A pull reader over {@code file}; the caller closes the stream. A document type declaration or an
   * entity reference throws {@link Refused} where it stands.
   */
  public static XMLStreamReader reader(Path file, InputStream in) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    XMLStreamReader raw = f.createXMLStreamReader(in, "UTF-8");
    return f.createFilteredReader(raw, r -> {
      if (r.getEventType() == XMLStreamConstants.DTD) throw new Refused(at(file, r), "a document type declaration (<!DOCTYPE>) is not accepted; remove it");
      if (r.getEventType() == XMLStreamConstants.ENTITY_REFERENCE) throw new Refused(at(file, r), "an entity reference (&" + r.getLocalName() + ";) is not accepted");
      return true;
    });
  }

  /**
   * The text of the element the reader stands on, which may hold child elements (yEd puts its
   * drawing inside GraphML data): {@code null} when it has any, which the caller reports as dropped.
   * The reader ends on the element's end tag.
   */
  public static String text(XMLStreamReader r) throws XMLStreamException {
    StringBuilder b = new StringBuilder();
    boolean nested = false;
    for (int depth = 1; depth > 0;) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        nested = true;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (depth == 1 && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE)) {
        b.append(r.getText());
      }
    }
    return nested ? null : b.toString();
  }

  /** Ends the {@code open} elements still open, each end tag on its own line indented by its depth, and the document. */
  public static void endDocument(XMLStreamWriter w, int open) throws XMLStreamException {
    for (int depth = open - 1; depth >= 0; depth--) {
      w.writeCharacters("\n" + "  ".repeat(depth));
      w.writeEndElement();
    }
    w.writeCharacters("\n");
    w.writeEndDocument();
    w.close();
  }

  /** Where the reader stands, for a message. */
  public static SourceLocation at(Path file, XMLStreamReader r) {
    return new SourceLocation(file.getFileName().toString(), r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
  }

  /** A malformed document, located. */
  public static ImportException malformed(Path file, XMLStreamException e) {
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
    int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
    String msg = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    return new ImportException(new SourceLocation(file.getFileName().toString(), line, col), "not well-formed XML: " + msg.strip());
  }
}

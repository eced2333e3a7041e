package org.slicewright.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML input that cannot reach outside the file: no DTD, no external entities (an import never
 * fetches anything or reads another file because the file says so), and a size limit.
 */
public final class Xml {
  /** The largest XML file read. */
  public static final long MAX_BYTES = 512L << 20;

  private Xml() {
  }

  /** A pull reader over {@code file}; the caller closes the stream. */
  public static XMLStreamReader reader(Path file, InputStream in) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return f.createXMLStreamReader(in, "UTF-8");
  }

  /** Refuses a missing or oversized file before it is parsed. */
  public static void checkFile(Path file) throws IOException, ImportException {
    String name = file.getFileName().toString();
    if (!Files.isRegularFile(file)) throw new ImportException(SourceLocation.of(name, 0), "no such file: " + file);
    if (Files.size(file) > MAX_BYTES) throw new ImportException(SourceLocation.of(name, 0), "the file has " + Files.size(file) / (1 << 20) + " MB; the limit is " + MAX_BYTES / (1 << 20) + " MB");
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

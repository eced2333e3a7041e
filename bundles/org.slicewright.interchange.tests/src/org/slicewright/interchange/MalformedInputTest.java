package org.slicewright.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.sim.ProgressMonitor;

/** A file wrong anywhere is refused with file, line and column, before anything is built. */
class MalformedInputTest {
  @TempDir
  Path tmp;

  private ImportException refused(String name, String content) throws Exception {
    Path f = tmp.resolve(name);
    Files.writeString(f, content);
    return assertThrows(ImportException.class, () -> NetworkImport.read(f, null, ProgressMonitor.NONE));
  }

  @Test
  void csvErrorsNameFileLineAndColumn() throws Exception {
    ImportException e = refused("sites.csv", "id,name,compute\na,A,1\nb,B,abc\n");
    assertEquals(new SourceLocation("sites.csv", 3, 3), e.where());
    assertTrue(e.getMessage().contains("compute (GFLOP/s) 'abc' is not a number"), e.getMessage());
    e = refused("sites.csv", "id,compute\na,NaN\n");
    assertTrue(e.getMessage().startsWith("sites.csv:2:2: compute (GFLOP/s) must be a finite number"), e.getMessage());
    e = refused("sites.csv", "id,latitude,longitude\na,91,0\n");
    assertTrue(e.getMessage().contains("latitude 91 is outside [-90, 90]"), e.getMessage());
    e = refused("sites.csv", "name\nA\n");
    assertTrue(e.getMessage().startsWith("sites.csv:1: no 'id' column"), e.getMessage());
    e = refused("sites.csv", "id,kind\na,satellite\n");
    assertTrue(e.getMessage().startsWith("sites.csv:2:2: kind 'satellite' is not a node kind"), e.getMessage());
    e = refused("sites.csv", "id,name\na,\"unterminated\n");
    assertTrue(e.getMessage().contains("not closed"), e.getMessage());
    e = refused("sites.csv", "id\na\na\n");
    assertTrue(e.getMessage().startsWith("sites.csv:3: node id 'a' is used twice (first at sites.csv:2)"), e.getMessage());
    e = refused("sites.csv", "id,x,y,latitude,longitude\na,1,2,,\nb,,,40,3\n");
    assertTrue(e.getMessage().contains("has only x/y while node 'b'"), e.getMessage());
  }

  /** Spreadsheet habits: a byte-order mark before a quoted header, CR LF and lone CR line ends; errors still name the right line. */
  @Test
  void csvFromSpreadsheetsReadsAndErrorsStayOnTheirLine() throws Exception {
    Path f = tmp.resolve("sites.csv");
    Files.writeString(f, "\uFEFF\"id\",\"name\"\r\na,\"A, first\"\r\nb,B\r\n");
    NetworkImport.Imported i = NetworkImport.read(f, null, ProgressMonitor.NONE);
    assertEquals("A, first", i.scenario().getNetwork().getNodes().get(0).getName());
    ImportException e = refused("sites.csv", "id,compute\ra,1\rb,x\r");
    assertEquals(3, e.where().line(), e.getMessage());
    e = refused("sites.csv", "id,compute\r\na,1\r\nb,x\r\n");
    assertEquals(3, e.where().line(), e.getMessage());
  }

  /** Ids need only be unique within their kind in a file: a site named like a node gets a suffix, not a late failure. */
  @Test
  void aSiteNamedLikeANodeIsRenamedNotRefused() throws Exception {
    Path f = tmp.resolve("sites.csv");
    Files.writeString(f, "id,site,x,y\na,a,0,0\nb,b,100,0\nc,a,0,0\n");
    NetworkImport.Imported i = NetworkImport.read(f, null, ProgressMonitor.NONE);
    assertEquals(2, i.scenario().getNetwork().getSites().size(), "a and c share site a");
    assertEquals(i.scenario().getNetwork().getNodes().get(0).getSite(), i.scenario().getNetwork().getNodes().get(2).getSite());
    assertTrue(String.join("\n", i.report().lines()).contains("site id given a suffix"), i.report().lines().toString());
  }

  @Test
  void csvLinksToUnknownNodesAreRefused() throws Exception {
    Files.writeString(tmp.resolve("links.csv"), "id,source,target,bandwidth\nl1,a,b,100\nl2,a,zz,100\n");
    ImportException e = refused("sites.csv", "id\na\nb\n");
    assertEquals("links.csv:3: link 'l2' names unknown node 'zz'", e.getMessage());
  }

  @Test
  void graphmlErrorsAreLocated() throws Exception {
    ImportException e = refused("bad.graphml", "<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>\n");
    assertEquals(4, e.where().line(), e.getMessage());
    assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
    e = refused("nograph.graphml", "<graphml></graphml>");
    assertTrue(e.getMessage().contains("no <graph> element"), e.getMessage());
    e = refused("undeclared.graphml", "<graphml>\n<graph>\n<node id=\"a\"><data key=\"k9\">1</data></node>\n</graph></graphml>");
    assertTrue(e.getMessage().startsWith("undeclared.graphml:3:"), e.getMessage());
    assertTrue(e.getMessage().contains("undeclared key 'k9'"), e.getMessage());
  }

  /** A document type declaration is refused where it stands: no entity can reach another file or hide content. */
  @Test
  void documentTypesAndEntitiesAreRefused() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "SECRET");
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/><graph><node id=\"a\"><data key=\"l\">&x;</data></node></graph></graphml>";
    ImportException e = refused("xxe.graphml", xxe);
    assertEquals(2, e.where().line(), e.getMessage());
    assertTrue(e.getMessage().contains("document type declaration"), e.getMessage());
    assertTrue(!e.getMessage().contains("SECRET"), e.getMessage());
    e = refused("xxe.n2p", xxe.replace("graphml", "network"));
    assertTrue(e.getMessage().contains("document type declaration"), e.getMessage());
  }

  @Test
  void net2planErrorsAreLocated() throws Exception {
    ImportException e = refused("bad.n2p", "<network version=\"5\">\n<node id=\"1\" xCoord=\"0\" yCoord=\"0\" name=\"a\"/>\n<layer isDefaultLayer=\"true\">\n"
        + "<link id=\"2\" originNodeId=\"1\" destinationNodeId=\"9\" capacity=\"1\"/>\n</layer></network>");
    assertEquals(4, e.where().line(), e.getMessage());
    assertTrue(e.getMessage().startsWith("bad.n2p:4:") && e.getMessage().endsWith("link 2 names an unknown node"), e.getMessage());
    e = refused("notnet.n2p", "<graphml/>");
    assertTrue(e.getMessage().contains("no <network> element"), e.getMessage());
    e = refused("cap.n2p", "<network><node id=\"1\" xCoord=\"x\" yCoord=\"0\"/></network>");
    assertTrue(e.getMessage().contains("xCoord 'x' is not a number"), e.getMessage());
  }

  @Test
  void geojsonIsNotImportedAndUnknownExtensionsAreNamed() throws Exception {
    assertTrue(refused("map.geojson", "{}").getMessage().contains("written for maps, not read"));
    assertTrue(refused("net.txt", "x").getMessage().contains("cannot tell the format"));
  }
}

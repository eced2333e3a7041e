package org.slicewright.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Link;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.model.util.ExactNumbers;

/** A design written by Net2Plan itself (its four-city example's shape: one-way links, Gbps, km) opens as a two-way network. */
class Net2PlanTest {
  @TempDir
  Path tmp;

  static final String FOUR_CITIES = """
      <?xml version='1.0' encoding='UTF-8'?>
      <network description="Four cities" name="4-node network" version="5" nextElementId="16">
        <node id="2" xCoord="-3.6919444" yCoord="40.4188889" name="Madrid" population="3265038" isUp="true"><attribute key="level" value="1"/></node>
        <node id="3" xCoord="2.1769444" yCoord="41.3825" name="Barcelona" isUp="true"/>
        <node id="4" xCoord="-0.375" yCoord="39.4666667" name="Valencia" isUp="true"/>
        <node id="5" xCoord="-5.9833333" yCoord="37.3833333" name="Sevilla" isUp="true"/>
        <layer id="1" name="" description="" isDefaultLayer="true" linkCapacityUnitsName="" demandTrafficUnitsName="">
          <link id="6" originNodeId="2" destinationNodeId="3" capacity="25.0" lengthInKm="504.6524999683475" propagationSpeedInKmPerSecond="200000.0" isUp="true"/>
          <link id="7" originNodeId="2" destinationNodeId="4" capacity="25.0" lengthInKm="301.92338042167285" propagationSpeedInKmPerSecond="200000.0" isUp="true"/>
          <link id="9" originNodeId="3" destinationNodeId="2" capacity="25.0" lengthInKm="504.6524999683475" propagationSpeedInKmPerSecond="200000.0" isUp="true"/>
          <link id="11" originNodeId="4" destinationNodeId="2" capacity="25.0" lengthInKm="301.92338042167285" propagationSpeedInKmPerSecond="200000.0" isUp="true"/>
          <link id="13" originNodeId="4" destinationNodeId="5" capacity="40.0" lengthInKm="540.5574448288967" propagationSpeedInKmPerSecond="100000.0" isUp="true"/>
          <sourceRouting></sourceRouting>
        </layer>
        <demand id="20" ingressNodeId="2" egressNodeId="3" offeredTraffic="1.0"/>
      </network>
      """;

  @Test
  void aNet2PlanDesignOpens() throws Exception {
    Path f = tmp.resolve("four.n2p");
    Files.writeString(f, FOUR_CITIES);
    NetworkImport.Imported i = NetworkImport.read(f, null, ProgressMonitor.NONE);
    Scenario s = i.scenario();
    assertEquals("4-node network", s.getName());
    assertEquals(4, s.getNetwork().getNodes().size());
    assertEquals(3, s.getNetwork().getLinks().size(), "two pairs of one-way links and one lone link");
    Link madBcn = s.getNetwork().getLinks().get(0);
    assertEquals("Madrid", madBcn.getSource().getName());
    assertEquals(25_000, madBcn.getBandwidthMbps(), 1e-9, "Gbps when the layer names no unit");
    assertEquals(504.6524999683475 / 200_000 * 1000, madBcn.getLatencyMeanMs(), 1e-12, "length over propagation speed");
    Link lone = s.getNetwork().getLinks().get(2);
    assertEquals(540.5574448288967 / 100_000 * 1000, lone.getLatencyMeanMs(), 1e-12);
    assertTrue(madBcn.getSource().getSite().isGeographic());
    assertEquals(40.4188889, madBcn.getSource().getSite().getLatitude(), 0);
    assertEquals(-3.6919444, madBcn.getSource().getSite().getLongitude(), 0);
    String report = String.join("\n", i.report().lines());
    assertTrue(report.contains("guessed: coordinates read as WGS84 longitude/latitude"), report);
    assertTrue(report.contains("guessed: link capacities in Gbps"), report);
    assertTrue(report.contains("guessed: a one-way link without its reverse, imported as two-way (1: 13)"), report);
    assertTrue(report.contains("dropped: demand elements"), report);
    assertTrue(report.contains("dropped: node attribute 'level'"), report);
  }

  /** Parallel links pair one to one: two a-b links and their reverses are two two-way links. */
  @Test
  void parallelLinksPairOneToOne() throws Exception {
    Path f = tmp.resolve("parallel.n2p");
    Files.writeString(f, """
        <network name="p" version="5">
          <node id="1" xCoord="0" yCoord="0" name="a"/><node id="2" xCoord="1000" yCoord="0" name="b"/>
          <layer id="9" isDefaultLayer="true" linkCapacityUnitsName="Mbps">
            <link id="3" originNodeId="1" destinationNodeId="2" capacity="10" lengthInKm="1" propagationSpeedInKmPerSecond="200000"/>
            <link id="4" originNodeId="1" destinationNodeId="2" capacity="10" lengthInKm="1" propagationSpeedInKmPerSecond="200000"/>
            <link id="5" originNodeId="2" destinationNodeId="1" capacity="10" lengthInKm="1" propagationSpeedInKmPerSecond="200000"/>
            <link id="6" originNodeId="2" destinationNodeId="1" capacity="10" lengthInKm="1" propagationSpeedInKmPerSecond="200000"/>
          </layer>
        </network>
        """);
    NetworkImport.Imported i = NetworkImport.read(f, null, ProgressMonitor.NONE);
    assertEquals(2, i.scenario().getNetwork().getLinks().size());
    assertTrue(i.report().lines().stream().noneMatch(l -> l.contains("one-way")), i.report().lines().toString());
  }

  /** What we write re-imports identically, and Net2Plan's own reading of it (length over speed) gives our latency. */
  @Test
  void ourDesignReadsBackIdentically() throws Exception {
    Path f = tmp.resolve("four.n2p");
    Files.writeString(f, FOUR_CITIES);
    Scenario s = NetworkImport.read(f, null, ProgressMonitor.NONE).scenario();
    Path out = tmp.resolve("out.n2p");
    NetworkExport.write(s, NetworkFormat.N2P, out, null);
    Scenario back = NetworkImport.read(out, null, ProgressMonitor.NONE).scenario();
    assertEquals(RoundTripTest.withoutLocations(NetworkRecords.of(s.getNetwork())), RoundTripTest.withoutLocations(NetworkRecords.of(back.getNetwork())));
    String text = Files.readString(out);
    assertTrue(text.contains("lengthInKm=\"" + ExactNumbers.text(s.getNetwork().getLinks().get(0).getLatencyMeanMs() * 200) + "\""), "length = latency x 200 km/ms");
    assertEquals(6, text.split("<link ", -1).length - 1, "each two-way link written both ways");
  }
}

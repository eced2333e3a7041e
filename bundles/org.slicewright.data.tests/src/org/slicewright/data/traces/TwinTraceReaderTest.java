package org.slicewright.data.traces;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwinTraceReaderTest {
  @TempDir
  Path tmp;

  Path write(String text) throws Exception {
    Path f = tmp.resolve("twins.csv");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void readsObservationsInAnyColumnOrder() throws Exception {
    List<TwinTraceReader.Observation> obs = TwinTraceReader.read(write("group,time,arrival_rate,x,y,service_mix\n"
        + "g1,0,10.5,1,2,video:0.75;control:0.25\ng2,0,3,0,0,\ng1,300,12,1,2,video:0.75;control:0.25\n"));
    assertEquals(3, obs.size());
    assertEquals("g1", obs.get(2).group());
    assertEquals(300, obs.get(2).timeS());
    assertEquals(12, obs.get(2).arrivalRate());
    assertEquals(0.25, obs.get(0).serviceMix().get("control"));
    assertTrue(obs.get(1).serviceMix().isEmpty());
  }

  @Test
  void errorsNameFileLineAndColumn() throws Exception {
    String head = "time,group,x,y,arrival_rate,service_mix\n";
    assertMessage(head + "0,g1,0,0,abc,\n", ":2, column 'arrival_rate': 'abc' is not a finite number");
    assertMessage(head + "0,g1,0,0,-1,\n", ":2, column 'arrival_rate': -1.0 is negative");
    assertMessage(head + "0,g1,0,0,1,video:0.5;control:0.2\n", ":2, column 'service_mix': shares sum to 0.700, not 1");
    assertMessage(head + "300,g1,0,0,1,\n0,g1,0,0,1,\n", ":3, column 'time': 0.0 s is before the previous observation of group 'g1' (300.0 s)");
    assertMessage("time,group,x,y,service_mix\n0,g1,0,0,\n", ":1: missing column 'arrival_rate' (header must name time,group,x,y,arrival_rate,service_mix)");
    assertMessage(head + "0,g1,0,0\n", ":2: expected 6 cells, found 4");
  }

  void assertMessage(String csv, String tail) throws Exception {
    Path f = write(csv);
    TraceFormatException e = assertThrows(TraceFormatException.class, () -> TwinTraceReader.read(f));
    assertEquals(f + tail, e.getMessage());
  }
}

package org.slicewright.diagram.glsp.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the server sends: a large message in fragments that a client joins into the text written. */
class WebSocketConnectionTest {
  record Frame(boolean fin, int opcode, byte[] payload) {
  }

  private static List<Frame> framesOf(String... messages) throws Exception {
    return framesOf(List.of(messages).stream().map(m -> (WebSocketConnection.TextWriter) w -> w.write(m)).toList());
  }

  /** The frames the server sends for these messages, then closing. */
  private static List<Frame> framesOf(List<WebSocketConnection.TextWriter> messages) throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = new Socket(listener.getInetAddress(), listener.getLocalPort());
        Socket served = listener.accept()) {
      WebSocketConnection ws = new WebSocketConnection(served, served.getInputStream());
      Thread sender = new Thread(() -> {
        try {
          for (WebSocketConnection.TextWriter m : messages) ws.sendText(m);
        } catch (IllegalStateException e) {
          // a message that failed halfway: the connection is closed already
        }
        ws.close();
      });
      sender.start();
      DataInputStream in = new DataInputStream(client.getInputStream());
      List<Frame> frames = new ArrayList<>();
      int b0;
      while ((b0 = in.read()) >= 0) {
        int b1 = in.readUnsignedByte();
        assertEquals(0, b1 & 0x80, "a server never masks");
        long len = b1 & 0x7F;
        if (len == 126) len = in.readUnsignedShort();
        else if (len == 127) len = in.readLong();
        byte[] payload = new byte[(int) len];
        in.readFully(payload);
        frames.add(new Frame((b0 & 0x80) != 0, b0 & 0x0F, payload));
      }
      sender.join();
      return frames;
    }
  }

  @Test
  void aLargeMessageLeavesInFragmentsThatJoinIntoItsText() throws Exception {
    // Two- and three-byte characters throughout, so fragment ends fall inside characters.
    String text = "{\"newRoot\":\"" + "node é € ".repeat(30_000) + "\"}";
    List<Frame> frames = framesOf(text, "{\"small\":true}");
    int last = frames.size() - 1;
    assertTrue(last >= 4, "several fragments: " + frames.size());
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (int i = 0; i < last; i++) {
      Frame f = frames.get(i);
      assertEquals(i == 0 ? 0x1 : 0x0, f.opcode(), "a text frame, then continuations");
      assertEquals(i == last - 1, f.fin(), "only the message's last fragment is final");
      assertTrue(f.payload().length <= WebSocketConnection.FRAGMENT);
      joined.write(f.payload());
    }
    assertEquals(text, joined.toString(StandardCharsets.UTF_8));
    Frame small = frames.get(last);
    assertTrue(small.fin() && small.opcode() == 0x1, "a small message is one final text frame");
    assertEquals("{\"small\":true}", new String(small.payload(), StandardCharsets.UTF_8));
  }

  @Test
  void aMessageThatFailsHalfwayEndsTheConnectionWithoutAFinalFrame() throws Exception {
    List<Frame> frames = framesOf(List.of(w -> {
      w.write("x".repeat(3 * WebSocketConnection.FRAGMENT));
      throw new IllegalStateException("the model cannot be written");
    }, w -> w.write("{\"after\":true}")));
    assertFalse(frames.isEmpty(), "what was written before the failure has gone out");
    assertTrue(frames.stream().noneMatch(Frame::fin), "no final frame: the page never gets half a message as a whole one");
  }
}

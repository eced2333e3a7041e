package org.slicewright.diagram.glsp.server;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * One WebSocket (RFC 6455) connection on a socket whose HTTP upgrade request has been read: text
 * messages in and out, ping/pong and close. The diagram client sends one JSON-RPC message per text
 * message. Written for the loopback diagram server so the product needs no servlet container (Jetty
 * 12's websocket stack finds its pieces by ServiceLoader, which plain OSGi does not provide).
 */
final class WebSocketConnection {
  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  /** GLSP's own endpoint allows 8 MiB text messages; a 5 000-node model is about 3 MiB. */
  static final int MAX_MESSAGE = 64 << 20;

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;

  WebSocketConnection(Socket socket, InputStream in) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(in);
    this.out = socket.getOutputStream();
  }

  /** The Sec-WebSocket-Accept value for a client key (RFC 6455 section 4.2.2). */
  static String accept(String key) {
    try {
      byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key.trim() + GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every Java platform", e);
    }
  }

  void handshake(String key) throws IOException {
    String response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n";
    synchronized (out) {
      out.write(response.getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
  }

  /** Reads messages until the peer closes; each complete text message goes to {@code onText}. */
  void readMessages(Consumer<String> onText) throws IOException {
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    int messageOpcode = -1;
    while (true) {
      int b0, b1;
      try {
        b0 = in.readUnsignedByte();
      } catch (EOFException e) {
        return;
      }
      b1 = in.readUnsignedByte();
      boolean fin = (b0 & 0x80) != 0;
      int opcode = b0 & 0x0F;
      long len = b1 & 0x7F;
      if (len == 126) len = in.readUnsignedShort();
      else if (len == 127) len = in.readLong();
      if (len < 0 || len > MAX_MESSAGE) throw new IOException("WebSocket frame of " + len + " bytes exceeds the limit of " + MAX_MESSAGE);
      byte[] mask = new byte[4];
      if ((b1 & 0x80) != 0) in.readFully(mask);
      byte[] payload = new byte[(int) len];
      in.readFully(payload);
      if ((b1 & 0x80) != 0) for (int i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
      switch (opcode) {
        case 0x8 -> { // close: echo it and stop
          send(0x8, payload.length >= 2 ? java.util.Arrays.copyOf(payload, 2) : new byte[0]);
          return;
        }
        case 0x9 -> send(0xA, payload);
        case 0xA -> { /* pong: nothing to do */ }
        default -> {
          if (opcode != 0) messageOpcode = opcode;
          message.write(payload);
          if (message.size() > MAX_MESSAGE) throw new IOException("WebSocket message exceeds the limit of " + MAX_MESSAGE + " bytes");
          if (fin) {
            if (messageOpcode == 0x1) onText.accept(message.toString(StandardCharsets.UTF_8));
            message.reset();
            messageOpcode = -1;
          }
        }
      }
    }
  }

  void sendText(String text) {
    try {
      send(0x1, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      close(); // the client went away; the read loop ends and the session is disposed
    }
  }

  private void send(int opcode, byte[] payload) throws IOException {
    ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 10);
    frame.write(0x80 | opcode);
    if (payload.length < 126) {
      frame.write(payload.length);
    } else if (payload.length < 65536) {
      frame.write(126);
      frame.write(payload.length >>> 8);
      frame.write(payload.length);
    } else {
      frame.write(127);
      long n = payload.length;
      for (int s = 56; s >= 0; s -= 8) frame.write((int) (n >>> s));
    }
    frame.write(payload);
    synchronized (out) {
      frame.writeTo(out);
      out.flush();
    }
  }

  void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }
}

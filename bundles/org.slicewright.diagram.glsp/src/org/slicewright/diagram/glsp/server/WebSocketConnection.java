package org.slicewright.diagram.glsp.server;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * One WebSocket (RFC 6455) connection on a socket whose HTTP upgrade request has been read: text
 * messages in and out, ping/pong and close. The diagram client sends one JSON-RPC message per text
 * message. Written for the loopback diagram server so the product needs no servlet container (Jetty
 * 12's websocket stack finds its pieces by ServiceLoader, which plain OSGi does not provide).
 * <p>
 * What a client declares is not trusted: a frame's payload is read in chunks into a buffer that
 * grows with the bytes actually received, a message may not exceed {@value #MAX_MESSAGE} bytes, and
 * frames a client must not send (unmasked ones, oversized control frames) end the connection with a
 * protocol-error close.
 */
final class WebSocketConnection {
  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  /**
   * Largest message a client may send. Clients send actions (a paste of many nodes is the largest);
   * the models themselves travel from the server, which this limit does not bound.
   */
  static final int MAX_MESSAGE = 16 << 20;
  /** Bytes read at a time: what a frame header declares is only allocated as it arrives. */
  private static final int CHUNK = 64 << 10;
  /** Bytes per frame of a message the server sends. */
  static final int FRAGMENT = 64 << 10;
  /** Close status of a protocol error (RFC 6455 section 7.4.1). */
  private static final int PROTOCOL_ERROR = 1002, TOO_BIG = 1009;

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
    byte[] chunk = new byte[CHUNK];
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
      if ((b1 & 0x80) == 0) { // a client must mask every frame (RFC 6455 section 5.1)
        refuse(PROTOCOL_ERROR);
        return;
      }
      boolean control = (opcode & 0x8) != 0;
      if (len < 0 || (control && len > 125)) {
        refuse(PROTOCOL_ERROR);
        return;
      }
      ByteArrayOutputStream target = control ? new ByteArrayOutputStream() : message;
      if (target.size() + len > MAX_MESSAGE) {
        refuse(TOO_BIG);
        return;
      }
      byte[] mask = new byte[4];
      in.readFully(mask);
      for (long done = 0; done < len;) {
        int n = (int) Math.min(chunk.length, len - done);
        in.readFully(chunk, 0, n);
        for (int i = 0; i < n; i++) chunk[i] ^= mask[(int) ((done + i) & 3)];
        target.write(chunk, 0, n);
        done += n;
      }
      switch (opcode) {
        case 0x8 -> { // close: echo its status and stop
          byte[] payload = target.toByteArray();
          send(0x8, payload.length >= 2 ? Arrays.copyOf(payload, 2) : new byte[0]);
          return;
        }
        case 0x9 -> send(0xA, target.toByteArray());
        case 0xA -> { /* pong: nothing to do */ }
        default -> {
          if (opcode != 0) messageOpcode = opcode;
          if (fin) {
            if (messageOpcode == 0x1) onText.accept(message.toString(StandardCharsets.UTF_8));
            message.reset();
            messageOpcode = -1;
          }
        }
      }
    }
  }

  /** Closes with a status telling the client why (the read loop then ends). */
  private void refuse(int status) throws IOException {
    send(0x8, new byte[] { (byte) (status >>> 8), (byte) status });
  }

  /** Something that writes a message's text. */
  interface TextWriter {
    void writeTo(Writer w) throws IOException;
  }

  /**
   * Sends one text message as {@code text} writes it, in fragments of {@value #FRAGMENT} bytes (RFC 6455
   * section 5.4): a graph model of 25 MB leaves as it is written, and is never held whole as text,
   * then as bytes, then as a frame. No other message starts until this one has ended; one that fails
   * halfway ends the connection.
   */
  void sendText(TextWriter text) {
    synchronized (out) {
      Fragments fragments = new Fragments();
      // Buffered: the JSON writer writes a few characters at a time, and encoding each bit alone took
      // longer than writing the model.
      Writer w = new BufferedWriter(new OutputStreamWriter(fragments, StandardCharsets.UTF_8), FRAGMENT);
      try {
        text.writeTo(w);
        w.flush();
        fragments.finish();
      } catch (IOException e) {
        close(); // the client went away; the read loop ends and the session is disposed
      } catch (RuntimeException e) {
        // Gson wraps a writer's failure, and a message that cannot be written stops halfway: frames
        // already sent cannot be taken back, and a final frame would hand the page half a message.
        // The connection ends instead, and the caller logs why.
        close();
        throw e;
      }
    }
  }

  /** The frames of one text message: a first, continuations, and the last (FIN) when closed. */
  private final class Fragments extends OutputStream {
    private final byte[] buffer = new byte[FRAGMENT];
    private int used;
    private boolean first = true;

    @Override
    public void write(int b) throws IOException {
      if (used == buffer.length) emit(false);
      buffer[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        if (used == buffer.length) emit(false);
        int n = Math.min(len, buffer.length - used);
        System.arraycopy(b, off, buffer, used, n);
        used += n;
        off += n;
        len -= n;
      }
    }

    /** Sends the message's last frame. */
    void finish() throws IOException {
      emit(true);
      out.flush();
    }

    private void emit(boolean fin) throws IOException {
      writeFrame(first ? 0x1 : 0x0, fin, buffer, used);
      first = false;
      used = 0;
    }
  }

  private void send(int opcode, byte[] payload) throws IOException {
    synchronized (out) {
      writeFrame(opcode, true, payload, payload.length);
      out.flush();
    }
  }

  /** One unmasked frame, as a server sends them; the caller holds {@link #out}'s lock. */
  private void writeFrame(int opcode, boolean fin, byte[] payload, int length) throws IOException {
    byte[] head = new byte[10];
    int h = 0;
    head[h++] = (byte) ((fin ? 0x80 : 0) | opcode);
    if (length < 126) {
      head[h++] = (byte) length;
    } else if (length < 65536) {
      head[h++] = (byte) 126;
      head[h++] = (byte) (length >>> 8);
      head[h++] = (byte) length;
    } else {
      head[h++] = (byte) 127;
      for (int s = 56; s >= 0; s -= 8) head[h++] = (byte) ((long) length >>> s);
    }
    out.write(head, 0, h);
    out.write(payload, 0, length);
  }

  void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }
}

package org.slicewright.diagram.glsp.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The request line and headers of one HTTP request. */
record HttpRequestHead(String method, String target, Map<String, String> headers) {
  /** Reads up to the blank line; null when the request line is malformed. */
  static HttpRequestHead read(InputStream in, int maxBytes) throws IOException {
    int[] budget = { maxBytes };
    String[] request = readLine(in, budget).split(" ");
    if (request.length < 2) return null;
    Map<String, String> headers = new HashMap<>();
    for (String line = readLine(in, budget); !line.isEmpty(); line = readLine(in, budget)) {
      int colon = line.indexOf(':');
      if (colon > 0) headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    return new HttpRequestHead(request[0], request[1], headers);
  }

  String header(String name) {
    return headers.get(name);
  }

  String path() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  /** The query's parameters, decoded; IllegalArgumentException on a malformed escape. */
  Map<String, String> query() {
    Map<String, String> out = new HashMap<>();
    int q = target.indexOf('?');
    if (q < 0) return out;
    for (String kv : target.substring(q + 1).split("&")) {
      int eq = kv.indexOf('=');
      if (eq > 0) out.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static String readLine(InputStream in, int[] budget) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c == -1) throw new IOException("the client closed the connection mid-request");
      if (--budget[0] < 0) throw new IOException("request head too long");
      if (c != '\r') line.write(c);
    }
    return line.toString(StandardCharsets.US_ASCII);
  }
}

package org.slicewright.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a cluster's members are: its name (required: it keeps two clusters on one network apart), the
 * members to join by address (no multicast discovery), the interface to bind (loopback unless told)
 * and this member's port. Hazelcast's community edition has no TLS or authentication, so a cluster
 * belongs on a trusted network.
 */
public record ClusterSettings(String name, List<String> members, String bindInterface, int port) {
  /** Hazelcast's usual first port. */
  public static final int DEFAULT_PORT = 5701;
  public static final String LOOPBACK = "127.0.0.1";

  /** From the command line's comma-separated member list; blank interface means loopback. */
  public static ClusterSettings of(String name, String members, String bindInterface, int port) {
    List<String> list = new ArrayList<>();
    if (members != null) for (String m : members.split(",")) if (!m.isBlank()) list.add(m.trim());
    return new ClusterSettings(name, list, bindInterface == null || bindInterface.isBlank() ? LOOPBACK : bindInterface.trim(), port).validate();
  }

  private static boolean ipv4(String a) {
    String[] parts = a.split("\\.", -1);
    if (parts.length != 4) return false;
    for (String p : parts) if (!p.matches("\\d{1,3}") || Integer.parseInt(p) > 255) return false;
    return true;
  }

  private static boolean loopback(String host) {
    return host.startsWith("127.") || host.equals("localhost");
  }

  /** @throws IllegalArgumentException naming the setting that is wrong */
  public ClusterSettings validate() {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("a cluster needs a name (--cluster NAME)");
    if (!name.matches("[A-Za-z0-9._-]{1,64}")) throw new IllegalArgumentException("cluster name '" + name + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
    if (port < 1 || port > 65535) throw new IllegalArgumentException("port " + port + " is outside 1..65535");
    for (String m : members) {
      int colon = m.lastIndexOf(':');
      if (colon <= 0) throw new IllegalArgumentException("member '" + m + "' is not HOST:PORT");
      try {
        int p = Integer.parseInt(m.substring(colon + 1));
        if (p < 1 || p > 65535) throw new IllegalArgumentException("member '" + m + "': port " + p + " is outside 1..65535");
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("member '" + m + "' is not HOST:PORT");
      }
    }
    if (!ipv4(bindInterface)) throw new IllegalArgumentException("interface '" + bindInterface + "' is not an IPv4 address of this machine (such as 10.0.0.11)");
    List<String> remote = members.stream().filter(m -> !loopback(m.substring(0, Math.max(0, m.lastIndexOf(':'))))).toList();
    if (!remote.isEmpty() && loopback(bindInterface)) {
      throw new IllegalArgumentException("members on other hosts (" + String.join(", ", remote) + ") need an interface: this machine's address on their network");
    }
    return this;
  }
}

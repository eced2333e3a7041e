package org.slicewright.cluster;

import java.util.List;

import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * Starts Hazelcast members of a Slicewright cluster: workers that run what-if runs, or a lite member
 * that only submits them (the command or workbench that owns a sweep). Members bind to the
 * configured interface only, find each other through the listed members over TCP (multicast and
 * auto-detection are off), never call home, open no REST, memcache or JMX endpoint, deserialise only
 * the classes runs carry, and load run classes from this bundle. Any host that reaches a member and
 * knows the cluster name can still join: the community edition has no authentication.
 */
public final class ClusterMembers {
  /** The executor every run goes through. */
  public static final String EXECUTOR = "slicewright-runs";

  private ClusterMembers() {
  }

  /** A worker: runs up to {@code threads} runs at a time (0: one per core). */
  public static HazelcastInstance worker(ClusterSettings s, int threads) {
    Config c = config(s);
    c.getExecutorConfig(EXECUTOR).setPoolSize(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
    return Hazelcast.newHazelcastInstance(c);
  }

  /** A lite member: holds no data and runs no runs, it submits a sweep to the workers. */
  public static HazelcastInstance submitter(ClusterSettings s) {
    Config c = config(s);
    c.setLiteMember(true);
    return Hazelcast.newHazelcastInstance(c);
  }

  private static Config config(ClusterSettings s) {
    Config c = new Config();
    c.setClusterName(s.name());
    // Run classes (tasks, configs, results) come from this bundle and the engines it requires.
    c.setClassLoader(ClusterMembers.class.getClassLoader());
    c.setProperty("hazelcast.phone.home.enabled", "false");
    c.setProperty("hazelcast.logging.type", "none");
    c.setProperty("hazelcast.socket.bind.any", "false");
    c.setProperty("hazelcast.shutdownhook.enabled", "false");
    // Only what a run carries may be deserialised: the engines' values, Hazelcast's own messages, JDK basics and arrays.
    JavaSerializationFilterConfig filter = new JavaSerializationFilterConfig();
    filter.getWhitelist().addPrefixes("org.slicewright.", "com.hazelcast.", "java.lang.", "java.util.", "java.io.", "[");
    c.getSerializationConfig().setJavaSerializationFilterConfig(filter);
    // Nothing but the member protocol: no REST or memcache endpoint, no Jet engine, no JMX beans.
    c.getJetConfig().setEnabled(false);
    c.getMetricsConfig().getJmxConfig().setEnabled(false);
    NetworkConfig n = c.getNetworkConfig();
    n.getRestApiConfig().setEnabled(false);
    n.getMemcacheProtocolConfig().setEnabled(false);
    n.setPort(s.port()).setPortAutoIncrement(true).setPortCount(20);
    n.getInterfaces().setEnabled(true).addInterface(s.bindInterface());
    JoinConfig join = n.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(s.members().isEmpty() ? List.of(s.bindInterface()) : s.members());
    return c;
  }
}

/**
 * Scale-out on an embedded Hazelcast cluster: members bound to loopback unless told an interface,
 * joined by an explicit member list; a what-if's runs submitted to the workers, resubmitted when a
 * worker leaves, cancelled together; {@link org.slicewright.cluster.WhatIfRunner} decides whether
 * a plan runs here or on the cluster.
 */
package org.slicewright.cluster;

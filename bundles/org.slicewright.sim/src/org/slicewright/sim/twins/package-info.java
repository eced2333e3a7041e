/**
 * The twin-fed emulation: level-one twins of user groups feed level-two twins of slices; one
 * emulation instance of the network per reservation policy advances over the same twin timeline,
 * and the twin-model sweep trades synchronisation cost against forecast error and SLA
 * satisfaction.
 */
package org.slicewright.sim.twins;

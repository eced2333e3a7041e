/**
 * The shipped example scenarios, as files in this bundle: {@link org.slicewright.examples.Examples}.
 */
package org.slicewright.examples;

/**
 * The digit set the pooling engine trains on: 10 000 handwritten digits converted at build time,
 * read from the bundle (never downloaded at run time).
 */
package org.slicewright.data.digits;

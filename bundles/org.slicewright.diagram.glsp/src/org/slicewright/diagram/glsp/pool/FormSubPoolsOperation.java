package org.slicewright.diagram.glsp.pool;

import org.eclipse.glsp.server.operations.Operation;

/** "Form sub-pools with k-means (k = ...)" in the pool diagram's toolbar. */
public class FormSubPoolsOperation extends Operation {
  public static final String KIND = "formSubPools";
  private int k;

  public FormSubPoolsOperation() {
    super(KIND);
  }

  public FormSubPoolsOperation(int k) {
    this();
    this.k = k;
  }

  public int getK() { return k; }
}

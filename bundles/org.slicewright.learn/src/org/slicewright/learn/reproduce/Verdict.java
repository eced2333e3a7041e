package org.slicewright.learn.reproduce;

/** How a tool value compares with a paper's finding. */
public enum Verdict {
  REPRODUCED("reproduced"), OUTSIDE_TOLERANCE("outside tolerance"), NOT_APPLICABLE("not applicable");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

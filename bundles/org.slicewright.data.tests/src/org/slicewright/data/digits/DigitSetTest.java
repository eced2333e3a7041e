package org.slicewright.data.digits;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

class DigitSetTest {
  @Test
  void bundledSetHasTenThousandDigitsOfTenClasses() throws Exception {
    DigitSet d = DigitSet.loadDefault();
    assertEquals(10_000, d.size());
    assertEquals(784, d.features());
    int[][] byClass = d.indicesByClass();
    for (int c = 0; c < 10; c++) assertTrue(byClass[c].length > 800 && byClass[c].length < 1200, "class " + c + ": " + byClass[c].length);
    float max = 0;
    for (int j = 0; j < 784; j++) max = Math.max(max, d.pixel(0, j));
    assertTrue(max > 0.9f && max <= 1f);
  }

  @Test
  void splitIsFixedAndClassBalanced() throws Exception {
    DigitSet d = DigitSet.loadDefault();
    DigitSet.Split a = d.split(100), b = d.split(100);
    assertArrayEquals(a.test(), b.test());
    assertEquals(1000, a.test().length);
    int[] perClass = new int[10];
    for (int i : a.test()) perClass[d.label(i)]++;
    for (int c : perClass) assertEquals(100, c);
    for (int c = 0; c < 10; c++) for (int i : a.trainByClass()[c]) assertEquals(c, d.label(i));
  }

  @Test
  void corruptResourceIsNamed() {
    IOException e = assertThrows(IOException.class, () -> DigitSet.read(new ByteArrayInputStream(new byte[] { 1, 2, 3 }), "x.bin.gz"));
    assertTrue(e.getMessage().startsWith("x.bin.gz"), e.getMessage());
  }
}

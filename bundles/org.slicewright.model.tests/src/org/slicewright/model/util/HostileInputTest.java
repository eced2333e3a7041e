package org.slicewright.model.util;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.examples.Examples;
import org.slicewright.model.scenario.Scenario;

/**
 * Files a careless or hostile sender could hand a planner: every numeric value of the examples set
 * to NaN, an infinity, a huge or a hugely negative number is refused by validation, naming the
 * attribute; and a few hundred seeded mutations of the example files either load or are refused
 * with a message naming the file, never with another exception.
 */
class HostileInputTest {
  @TempDir
  Path tmp;

  @Test
  void everyNumericValueTheEnginesCannotRunIsRefused() throws Exception {
    int checked = 0;
    for (String example : Examples.names()) {
      Scenario s = ScenarioResources.load(Examples.file(example));
      assertFalse(ModelValidator.hasErrors(ModelValidator.validate(s)), example + " is valid to start with");
      Set<String> seen = new HashSet<>();
      List<EObject> all = new ArrayList<>();
      all.add(s);
      s.eAllContents().forEachRemaining(all::add);
      for (EObject o : all) {
        for (EAttribute a : o.eClass().getEAllAttributes()) {
          if (a.isMany() || a.getEAnnotation(NumericRanges.SOURCE) == null || !seen.add(o.eClass().getName() + "." + a.getName())) continue;
          Object before = o.eGet(a);
          for (Object bad : hostile(a)) {
            o.eSet(a, bad);
            List<Problem> problems = ModelValidator.validate(s);
            assertTrue(problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR && p.message().startsWith(a.getName() + " must be")),
                example + ": " + o.eClass().getName() + "." + a.getName() + " = " + bad + " passed validation: " + problems);
            checked++;
          }
          o.eSet(a, before);
        }
      }
    }
    assertTrue(checked > 200, "numeric attributes checked: " + checked);
  }

  private static List<Object> hostile(EAttribute a) {
    Class<?> t = a.getEAttributeType().getInstanceClass();
    if (t == int.class) return List.of(Integer.MAX_VALUE, Integer.MIN_VALUE);
    if (t == long.class) return List.of(Long.MIN_VALUE);
    return List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300, -1e300);
  }

  @Test
  void mutatedFilesLoadOrAreRefusedNamingTheFile() throws Exception {
    Random rng = new Random(19);
    int refused = 0;
    for (int i = 0; i < 300; i++) {
      String example = Examples.names().get(i % Examples.names().size());
      byte[] bytes = Files.readAllBytes(Examples.file(example));
      byte[] mutated = mutate(bytes, rng);
      Path f = tmp.resolve("m" + i + ".slicewright");
      Files.write(f, mutated);
      try {
        Scenario s = ScenarioResources.load(f);
        ModelValidator.validate(s); // must not throw whatever the values
      } catch (ScenarioLoadException e) {
        refused++;
        assertTrue(e.getMessage().startsWith(f.toString() + ":"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
      }
    }
    assertTrue(refused > 50, "most mutations break the file: " + refused);
  }

  @Test
  void aSecondElementWhereTheModelHoldsOneIsAnErrorNotASilentReplacement() throws Exception {
    String text = Files.readString(Examples.file("twin-demand"));
    int at = text.indexOf("<twinModel ");
    int end = text.indexOf("/>", at) + 2;
    Path f = tmp.resolve("two.slicewright");
    Files.writeString(f, text.substring(0, end) + "\n  " + text.substring(at, end).replace("historyLength=\"10080\"", "historyLength=\"5\"") + text.substring(end));
    ScenarioLoadException e = assertThrows(ScenarioLoadException.class, () -> ScenarioResources.load(f));
    assertTrue(e.getMessage().contains("a Scenario holds one twinModel; the file gives a second"), e.getMessage());
    assertTrue(e.getLine() > 1, e.getMessage());
  }

  @Test
  void manyUnknownElementsAreRefusedAtTheFirst() throws Exception {
    String text = Files.readString(Examples.file("twin-demand"));
    int at = text.indexOf("<twinModel ");
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 100_000; i++) junk.append("<junk a=\"1\"/>\n");
    Path f = tmp.resolve("junk.slicewright");
    Files.writeString(f, text.substring(0, at) + junk + text.substring(at));
    ScenarioLoadException e = assertThrows(ScenarioLoadException.class, () -> ScenarioResources.load(f));
    assertEquals(text.substring(0, at).lines().count(), e.getLine(), "the first unknown element: " + e.getMessage());
  }

  /** One of: flipped bytes, a truncation, a number replaced by junk, an element duplicated. */
  private static byte[] mutate(byte[] in, Random rng) {
    byte[] b = in.clone();
    switch (rng.nextInt(4)) {
      case 0 -> {
        for (int k = 0; k < 1 + rng.nextInt(8); k++) b[rng.nextInt(b.length)] ^= (byte) (1 << rng.nextInt(8));
        return b;
      }
      case 1 -> {
        return Arrays.copyOf(b, rng.nextInt(b.length));
      }
      case 2 -> {
        String text = new String(b, StandardCharsets.UTF_8);
        String[] junk = { "NaN", "Infinity", "-1e308", "1e400", "abc", "", "0x10", "1,5" };
        return text.replaceFirst("=\"[0-9.]+\"", "=\"" + junk[rng.nextInt(junk.length)] + "\"").getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        String text = new String(b, StandardCharsets.UTF_8);
        int at = text.indexOf("<", 1 + rng.nextInt(Math.max(1, text.length() - 1)));
        int end = at < 0 ? -1 : text.indexOf(">", at);
        return at < 0 || end < 0 ? b : (text.substring(0, end + 1) + text.substring(at, end + 1) + text.substring(end + 1)).getBytes(StandardCharsets.UTF_8);
      }
    }
  }
}

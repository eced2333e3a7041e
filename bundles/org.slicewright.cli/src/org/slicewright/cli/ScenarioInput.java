package org.slicewright.cli;

import java.nio.file.Path;
import java.util.List;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ModelValidator;
import org.slicewright.model.util.Problem;
import org.slicewright.model.util.ScenarioLoadException;
import org.slicewright.model.util.ScenarioResources;

/** Loads the scenario a command works on, turning every load failure into one line of bad input. */
final class ScenarioInput {
  private ScenarioInput() {
  }

  static Scenario load(Path file) throws UsageException {
    return load(file, file.toString());
  }

  /** Loads {@code file}, naming it {@code shown} (as the user typed it) in the error. */
  static Scenario load(Path file, String shown) throws UsageException {
    try {
      return ScenarioResources.load(file);
    } catch (ScenarioLoadException e) {
      throw new UsageException(e.messageNaming(shown));
    }
  }

  /** Loads and requires a model without validation errors (the first error is named). */
  static Scenario loadValid(Path file) throws UsageException {
    Scenario s = load(file);
    List<Problem> problems = ModelValidator.validate(s);
    if (ModelValidator.hasErrors(problems)) {
      Problem first = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).findFirst().get();
      long n = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
      throw new UsageException(file + ": invalid model: " + first.element() + ": " + first.message()
          + (n > 1 ? " (and " + (n - 1) + " more; run validate)" : ""));
    }
    return s;
  }
}

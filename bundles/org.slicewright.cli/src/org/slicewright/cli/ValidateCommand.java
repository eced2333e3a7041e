package org.slicewright.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ModelValidator;
import org.slicewright.model.util.Problem;

/** {@code validate FILE}: prints each problem with the element it concerns. */
final class ValidateCommand implements Command {
  private final PrintStream out;
  private final PrintStream err;

  ValidateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String synopsis() {
    return "FILE";
  }

  @Override
  public String summary() {
    return "check a scenario; exit 0 clean, 1 problems, 2 bad input";
  }

  @Override
  public int run(Arguments a) throws UsageException {
    Path file = a.file("scenario file");
    String shown = a.fileAsTyped();
    Scenario s = ScenarioInput.load(file, shown);
    List<Problem> problems = ModelValidator.validate(s);
    for (Problem p : problems) err.println(shown + ": " + p);
    long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    if (problems.isEmpty()) {
      out.println(shown + ": valid");
      return ExitCodes.OK;
    }
    out.println(shown + ": " + errors + " error(s), " + (problems.size() - errors) + " warning(s)");
    return errors > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }
}

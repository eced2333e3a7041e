package org.slicewright.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless Equinox application behind {@code ./slicewright}: hands the arguments to {@link Cli}. */
public class SlicewrightApplication implements IApplication {
  @Override
  public Object start(IApplicationContext context) {
    // Charts are drawn with AWT into images: no display is needed or wanted.
    System.setProperty("java.awt.headless", "true");
    String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
    int code = new Cli(System.out, System.err).run(args == null ? new String[0] : args);
    // The Equinox launcher exits with the application's Integer result.
    return Integer.valueOf(code);
  }

  @Override
  public void stop() {
    // Nothing to do: commands finish or are interrupted by the JVM's shutdown hook.
  }
}

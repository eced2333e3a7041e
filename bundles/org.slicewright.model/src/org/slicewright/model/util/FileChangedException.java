package org.slicewright.model.util;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A save refused because the file changed on disk since the scenario was loaded from it (another
 * program, another session or another command saved it): overwriting would silently drop that
 * change. The caller asks the planner, then saves with {@link ScenarioResources#saveOverwriting}.
 */
public class FileChangedException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;

  public FileChangedException(Path file) {
    super(file + " changed on disk since it was loaded; not overwritten");
    this.file = file;
  }

  public Path file() {
    return file;
  }
}

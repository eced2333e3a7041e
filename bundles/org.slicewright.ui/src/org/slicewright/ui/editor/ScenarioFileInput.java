package org.slicewright.ui.editor;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * An editor input for a scenario file anywhere on disk (the workbench has no workspace projects:
 * planners open files). Equal inputs for the same file, so opening a file twice activates its editor.
 */
public class ScenarioFileInput implements IPathEditorInput {
  private final Path file;

  public ScenarioFileInput(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  public Path file() {
    return file;
  }

  @Override
  public IPath getPath() { return IPath.fromOSString(file.toString()); }

  public URI getURI() { return file.toUri(); }

  @Override
  public boolean exists() {
    return Files.exists(file);
  }

  @Override
  public ImageDescriptor getImageDescriptor() { return null; }

  @Override
  public String getName() { return file.getFileName().toString(); }

  @Override
  public IPersistableElement getPersistable() { return null; }

  @Override
  public String getToolTipText() { return file.toString(); }

  @Override
  public <T> T getAdapter(Class<T> adapter) {
    return null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScenarioFileInput && ((ScenarioFileInput) o).file.equals(file);
  }

  @Override
  public int hashCode() {
    return file.hashCode();
  }
}

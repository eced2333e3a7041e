package org.slicewright.diagram.glsp;

import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * GLSP's model submission, which also stops its live-validation debouncer when the diagram closes.
 * GLSP 2.3 never disposes it, and its executor's thread is not a daemon: every closed diagram left
 * one idle thread behind, and a plain JVM running the server could not exit.
 */
@Singleton
public class ScenarioModelSubmission extends ModelSubmissionHandler implements ClientSessionListener {
  @Inject
  void listen(ClientSessionManager sessions, @ClientId String clientId) {
    sessions.addListener(this, clientId);
  }

  @Override
  public void sessionDisposed(ClientSession clientSession) {
    if (liveValidationDebouncer != null) liveValidationDebouncer.dispose();
  }
}

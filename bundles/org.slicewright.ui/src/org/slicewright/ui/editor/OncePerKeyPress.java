package org.slicewright.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * Lets an action run once per key press. SWT's embedded browser (WebKitGTK) hands a key the page
 * leaves alone back to the workbench, which sees the same press again through its key-binding filter:
 * Ctrl+Z typed in the topology diagram undid two or three edits. The repeats carry the press's own
 * timestamp and key, so they are recognised and skipped; menu clicks and toolbar buttons always run.
 */
final class OncePerKeyPress {
  private int time = -1, keyCode, stateMask;

  /** Whether the action should run for this trigger (false for a repeat of the key press it just ran for). */
  boolean accept(Event trigger) {
    if (trigger == null || trigger.type != SWT.KeyDown || trigger.time == 0) return true;
    boolean repeat = trigger.time == time && trigger.keyCode == keyCode && trigger.stateMask == stateMask;
    time = trigger.time;
    keyCode = trigger.keyCode;
    stateMask = trigger.stateMask;
    return !repeat;
  }
}

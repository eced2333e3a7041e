/*
 * The server's incremental model updates (ModelUpdates.java): an edit arrives as the elements it
 * added, replaced or removed ("matches") rather than as the whole model. Sprotty would apply them to
 * a copy of the model on screen, which holds GLSP's feedback elements (the edge being drawn, the node
 * being placed); GLSP then adds that feedback again and the model has the same id twice. So the
 * matches are applied here, to the last model the server sent, and the result goes on as an ordinary
 * whole-model update: feedback is applied to it once, and a replaced element keeps its place.
 */
import { Action, GLSPActionDispatcher, GModelElementSchema, GModelRootSchema, SetModelAction, UpdateModelAction } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

interface Match {
    left?: { id: string };
    right?: GModelElementSchema;
}

@injectable()
export class ServerModelDispatcher extends GLSPActionDispatcher {
    /** The last model the server sent, as it sent it: never handed to Sprotty itself (see {@link detached}). */
    private serverModel?: GModelRootSchema;

    override dispatch(action: Action): Promise<void> {
        if ((SetModelAction.is(action) || UpdateModelAction.is(action)) && action.newRoot) {
            this.serverModel = action.newRoot;
            return super.dispatch({ ...action, newRoot: detached(action.newRoot) } as unknown as Action);
        }
        // Not UpdateModelAction.is: GLSP's check asks for a new root, which an update by matches has not.
        const matches = (action as { matches?: Match[] }).matches;
        if (action.kind === UpdateModelAction.KIND && matches && this.serverModel) {
            this.serverModel = applied(this.serverModel, matches);
            return super.dispatch({ ...action, newRoot: detached(this.serverModel), matches: undefined } as unknown as Action);
        }
        return super.dispatch(action);
    }
}

/** The model with the server's matches applied: a replaced element in its place, removed ones gone, added ones last. */
function applied(model: GModelRootSchema, matches: Match[]): GModelRootSchema {
    const children = [...(model.children ?? [])];
    const at = new Map(children.map((c, i) => [c.id, i]));
    const removed = new Set<string>();
    for (const m of matches) {
        const i = m.left ? at.get(m.left.id) : undefined;
        if (m.right && i !== undefined) children[i] = m.right;
        else if (m.right) children.push(m.right);
        else if (m.left) removed.add(m.left.id);
    }
    return { ...model, children: removed.size ? children.filter(c => !removed.has(c.id)) : children };
}

/**
 * A copy of the model's top elements for Sprotty, which keeps the arrays it is given: validation adds
 * CSS classes to an element's list in place, and the kept model must not take them in.
 */
function detached(model: GModelRootSchema): GModelRootSchema {
    const children = (model.children ?? []).map(c => (c.cssClasses ? { ...c, cssClasses: [...c.cssClasses] } : { ...c }));
    return { ...model, children };
}

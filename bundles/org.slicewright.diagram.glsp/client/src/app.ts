/*
 * Entry point of the diagram page. The page is served by the workbench's loopback diagram server
 * (DiagramServer.java), which also serves the GLSP endpoint: the scenario file comes from ?file=.
 * window.slicewright is the page's small API for the SWT editor that hosts it and for the browser
 * tests: run an action, select elements, and a promise that resolves once the model is shown.
 */
import 'reflect-metadata';

import {
    Action,
    BaseJsonrpcGLSPClient,
    DiagramLoader,
    FitToScreenAction,
    GLSPActionDispatcher,
    GLSPClient,
    GLSPWebSocketProvider,
    GModelRoot,
    LayoutOperation,
    RedoAction,
    STANDALONE_MODULE_CONFIG,
    SaveModelAction,
    SelectAction,
    SelectionService,
    UndoAction,
    createDiagramOptionsModule
} from '@eclipse-glsp/client';
import { MessageConnection } from 'vscode-jsonrpc';
import '@vscode/codicons/dist/codicon.css';
import 'sprotty/css/sprotty.css';
import 'sprotty/css/edit-label.css';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@eclipse-glsp/client/css/tool-palette.css';
import '@eclipse-glsp/client/css/change-bounds.css';
import '@eclipse-glsp/client/css/decoration.css';
import '@eclipse-glsp/client/css/status-overlay.css';
import '@eclipse-glsp/client/css/toast.css';
import '@eclipse-glsp/client/css/command-palette.css';
import '@eclipse-glsp/client/css/ghost-element.css';
import '@eclipse-glsp/client/css/helper-lines.css';
import '@eclipse-glsp/client/css/grid.css';
import '@eclipse-glsp/client/css/keyboard.css';
import '@eclipse-glsp/client/css/key-shortcut.css';
import '@eclipse-glsp/client/css/navigation.css';
import '../css/diagram.css';
import { DIAGRAM_TYPE, createTopologyContainer } from './topology-diagram';

interface SlicewrightPage {
    ready: Promise<void>;
    dispatch(action: Action): Promise<void>;
    select(ids: string[]): Promise<void>;
    selected(): string[];
}

declare global {
    interface Window {
        slicewright: SlicewrightPage;
        /** Set by the hosting SWT editor (a BrowserFunction): told of every selection change. */
        slicewrightSelectionChanged?: (ids: string) => void;
    }
}

const params = new URLSearchParams(window.location.search);
const file = params.get('file') ?? '';
// Sprotty renders into the element whose id is the client id (the #sprotty div of diagram.html). Each
// page has its own connection and server-side session manager, so one fixed id is enough.
const clientId = 'sprotty';
const url = `ws://${window.location.host}/glsp`;

let markReady: () => void = () => undefined;
let dispatcher: GLSPActionDispatcher | undefined;
let selection: string[] = [];
window.slicewright = {
    ready: new Promise<void>(resolve => (markReady = resolve)),
    dispatch: async action => {
        await dispatcher?.dispatch(action);
    },
    select: async ids => {
        await dispatcher?.dispatch(SelectAction.create({ selectedElementsIDs: ids, deselectAll: true }));
    },
    selected: () => selection
};

let glspClient: GLSPClient;
new GLSPWebSocketProvider(url).listen({ onConnection: initialize, onReconnect: reconnect, logger: console });

async function initialize(connection: MessageConnection, isReconnecting = false): Promise<void> {
    glspClient = new BaseJsonrpcGLSPClient({ id: 'slicewright', connectionProvider: connection });
    const container = createTopologyContainer(
        createDiagramOptionsModule({ clientId, diagramType: DIAGRAM_TYPE, glspClientProvider: async () => glspClient, sourceUri: file }),
        STANDALONE_MODULE_CONFIG
    );
    dispatcher = container.get(GLSPActionDispatcher);
    container.get(SelectionService).addListener({
        selectionChanged: (_root: Readonly<GModelRoot>, selected: string[]) => {
            selection = [...selected];
            window.slicewrightSelectionChanged?.(JSON.stringify(selection));
        }
    });
    await container.get(DiagramLoader).load({ requestModelOptions: { isReconnecting } });
    markReady();
}

async function reconnect(connection: MessageConnection): Promise<void> {
    glspClient.stop();
    initialize(connection, true);
}

function button(id: string, action: () => Action): void {
    document.getElementById(id)?.addEventListener('click', () => dispatcher?.dispatch(action()));
}
button('layout', () => LayoutOperation.create());
button('undo', () => UndoAction.create());
button('redo', () => RedoAction.create());
button('save', () => SaveModelAction.create());
button('fit', () => FitToScreenAction.create([], { padding: 20 }));

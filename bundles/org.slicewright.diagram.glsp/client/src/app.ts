/*
 * Entry point of the diagram page. The page is served by the workbench's loopback diagram server
 * (DiagramServer.java), which also serves the GLSP endpoint: the ?session= token names the scenario file.
 * window.slicewright is the page's small API for the SWT editor that hosts it and for the browser
 * tests: run an action, select elements, and a promise that resolves once the model is shown.
 */
import 'reflect-metadata';

import {
    Action,
    BaseJsonrpcGLSPClient,
    DiagramLoader,
    EditLabelAction,
    EditorContextService,
    FitToScreenAction,
    GLSPActionDispatcher,
    GLSPClient,
    GLSPWebSocketProvider,
    GModelRoot,
    InitializeCanvasBoundsAction,
    LayoutOperation,
    RedoAction,
    STANDALONE_MODULE_CONFIG,
    SaveModelAction,
    SelectAction,
    SelectionService,
    UndoAction,
    createDiagramOptionsModule,
    getEditableLabel,
    edgeIntersectionModule,
    undoRedoModule
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
import { DIAGRAM_TYPE, POOL_DIAGRAM_TYPE, createTopologyContainer } from './topology-diagram';

interface SlicewrightPage {
    ready: Promise<void>;
    /** Whether the model is shown (for hosts that poll rather than await, such as the SWT editor's tests). */
    isReady: () => boolean;
    dispatch(action: Action): Promise<void>;
    select(ids: string[]): Promise<void>;
    selected(): string[];
    errors(): string[];
    /** Whether the current diagram model holds this element (drawn or scrolled out of view). */
    has(id: string): boolean;
    /** Canvas bounds, scroll and zoom of the diagram (JSON), for the host and tests. */
    viewport(): string;
    /**
     * Opens the rename box of the one selected element (F2): the workbench binds F2 to its Rename
     * command, so the key reaches the page through the host rather than as a key event. False when
     * not exactly one renamable element is selected.
     */
    renameSelected(): boolean;
}

declare global {
    interface Window {
        slicewright: SlicewrightPage;
        /** Set by the hosting SWT editor (a BrowserFunction): told of every selection change. */
        slicewrightSelectionChanged?: (ids: string) => void;
    }
}

// Errors are kept where the hosting editor (which has no console) and the tests can read them.
const pageErrors: string[] = [];
window.addEventListener('error', e => pageErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', e => pageErrors.push(String(e.reason)));

const params = new URLSearchParams(window.location.search);
// The server handed this page out with a token standing for one scenario file: the WebSocket must
// present it, and the server, not the page, decides which file the diagram shows.
const session = params.get('session') ?? '';
// ?diagram=pool&pool=ID shows the pool diagram of a secondary pool (default: the topology).
const isPool = params.get('diagram') === 'pool';
const diagramType = isPool ? POOL_DIAGRAM_TYPE : DIAGRAM_TYPE;
const pool = params.get('pool') ?? '';
// ?host=workbench: the page is a page of the workbench's scenario editor, whose Edit > Undo and Redo
// (Ctrl+Z, Ctrl+Y) already undo the diagram's edits on the editor's command stack. The page's own
// undo keys would undo a second time, so they are left out there (the toolbar buttons stay).
const inWorkbench = params.get('host') === 'workbench';
// Sprotty renders into the element whose id is the client id (the #sprotty div of diagram.html). Each
// page has its own connection and server-side session manager, so one fixed id is enough.
const clientId = 'sprotty';
const url = `ws://${window.location.host}/glsp?session=${encodeURIComponent(session)}`;

let markReady: () => void = () => undefined;
let isReady = false;
let dispatcher: GLSPActionDispatcher | undefined;
let selection: string[] = [];
let selectionService: SelectionService | undefined;
let editorContext: EditorContextService | undefined;
window.slicewright = {
    ready: new Promise<void>(resolve => (markReady = () => {
        isReady = true;
        resolve();
    })),
    isReady: () => isReady,
    dispatch: async action => {
        await dispatcher?.dispatch(action);
    },
    select: async ids => {
        await dispatcher?.dispatch(SelectAction.setSelection(ids));
    },
    selected: () => selection,
    errors: () => pageErrors,
    has: id => !!selectionService?.getModelRoot()?.index.getById(id),
    renameSelected: () => {
        // The editor context's root is the model shown now (the selection service's may predate it).
        const root = editorContext?.modelRoot;
        const labels = selection.map(id => root?.index.getById(id)).map(e => (e ? getEditableLabel(e) : undefined)).filter(l => !!l);
        if (labels.length !== 1) return false;
        void dispatcher?.dispatch(EditLabelAction.create(labels[0]!.id));
        return true;
    },
    viewport: () => {
        const root = selectionService?.getModelRoot() as unknown as { canvasBounds?: unknown; scroll?: unknown; zoom?: unknown } | undefined;
        return JSON.stringify({ canvas: root?.canvasBounds, scroll: root?.scroll, zoom: root?.zoom });
    }
};

let glspClient: GLSPClient;
new GLSPWebSocketProvider(url).listen({ onConnection: initialize, onReconnect: reconnect, logger: console });

async function initialize(connection: MessageConnection, isReconnecting = false): Promise<void> {
    glspClient = new BaseJsonrpcGLSPClient({ id: 'slicewright', connectionProvider: connection });
    const container = createTopologyContainer(
        // A 50 000-node network fits the view at a zoom of about 0.03; GLSP stops zooming out at 0.1.
        createDiagramOptionsModule({ clientId, diagramType, glspClientProvider: async () => glspClient, sourceUri: session }, { zoomLimits: { min: 0.005, max: 20 } }),
        STANDALONE_MODULE_CONFIG,
        // Sprotty's edge-intersection module looks for every crossing of every pair of edges on each
        // render (to draw jumps): at 20 000 links it was 35 of the 50 s it took to open.
        { remove: inWorkbench ? [edgeIntersectionModule, undoRedoModule] : edgeIntersectionModule }
    );
    dispatcher = container.get(GLSPActionDispatcher);
    selectionService = container.get(SelectionService);
    editorContext = container.get(EditorContextService);
    selectionService.addListener({
        selectionChanged: (_root: Readonly<GModelRoot>, selected: string[]) => {
            selection = [...selected];
            window.slicewrightSelectionChanged?.(JSON.stringify(selection));
        }
    });
    await container.get(DiagramLoader).load({ requestModelOptions: { isReconnecting, pool } });
    if (!isReconnecting) {
        await fitShownPage();
        trackCanvasAndFit();
        labelLinksOnDemand();
        labelsByZoom();
    }
    markReady();
}

/**
 * Fits the view to every node and group, at most at 100 %. The ids are listed because an empty list
 * ("everything") also takes in edge labels, whose bounds WebKit measures as NaN, and the view then
 * scrolls to NaN.
 */
function fitAll(animate: boolean): Action {
    const ids: string[] = [];
    selectionService?.getModelRoot()?.index.all().forEach(e => {
        if (e.type.startsWith('node:') || ['group', 'subpool', 'unassigned'].includes(e.type)) ids.push(e.id);
    });
    return FitToScreenAction.create(ids, { padding: 30, maxZoom: 1, animate });
}

/**
 * Opens a page that is shown on the whole topology before it says it is ready, so its first frame is
 * the fitted one (of a large network: the overview, not the full drawing of the top left corner). A
 * page in a hidden editor tab has no size yet; trackCanvasAndFit fits it when it is shown.
 */
async function fitShownPage(): Promise<void> {
    const b = document.getElementById('sprotty')?.getBoundingClientRect();
    if (!b || b.width <= 0 || b.height <= 0) return;
    const bounds = { x: b.left + window.scrollX, y: b.top + window.scrollY, width: b.width, height: b.height };
    canvasSize = JSON.stringify(bounds);
    // Sprotty gives the canvas its size after the first frame; giving the same size again costs a frame.
    const known = (selectionService?.getModelRoot() as unknown as { canvasBounds?: unknown } | undefined)?.canvasBounds;
    if (JSON.stringify(known) !== canvasSize) await dispatcher?.dispatch(InitializeCanvasBoundsAction.create(bounds));
    await dispatcher?.dispatch(fitAll(false));
}

/** The canvas bounds last given to Sprotty (JSON), so an unchanged size is not given again (each costs a frame). */
let canvasSize = '';

/**
 * Keeps Sprotty's canvas bounds in step with the diagram's size, and opens on the whole topology
 * (never magnified beyond 100 %). Sprotty reads the size on window resize only; a page loaded in a
 * hidden editor tab starts at 0 x 0, and with that size it culls every node and fits to NaN.
 */
function trackCanvasAndFit(): void {
    const div = document.getElementById('sprotty');
    if (!div) return;
    // Refit when the editor is resized (maximised, restored) until the planner zooms or scrolls with
    // the wheel; the Fit button returns to following the size.
    let refit: number | undefined;
    div.addEventListener('wheel', () => (following = false), { passive: true });
    new ResizeObserver(() => {
        const b = div.getBoundingClientRect();
        if (b.width <= 0 || b.height <= 0) return;
        const bounds = { x: b.left + window.scrollX, y: b.top + window.scrollY, width: b.width, height: b.height };
        // The observer also reports the size the page was fitted at when it starts observing.
        if (JSON.stringify(bounds) === canvasSize) return;
        canvasSize = JSON.stringify(bounds);
        void dispatcher?.dispatch(InitializeCanvasBoundsAction.create(bounds)).then(() => {
            if (!following) return;
            window.clearTimeout(refit);
            refit = window.setTimeout(() => void dispatcher?.dispatch(fitAll(false)), 100);
        });
    }).observe(div);
    minimisePaletteOverNodes();
}

/** Whether the view follows the canvas size (true until the planner zooms or scrolls with the wheel). */
let following = true;

/**
 * The palette floats over the diagram's top right corner: on a drawn network it starts minimised (its
 * icon opens it), so it covers no node; on an empty one it stays open, ready for the first node.
 */
function minimisePaletteOverNodes(): void {
    let hasNodes = false;
    selectionService?.getModelRoot()?.index.all().forEach(e => (hasNodes = hasNodes || e.type.startsWith('node:')));
    if (!hasNodes) return;
    // Once the planner has used the palette it stays as they left it.
    let touched = false;
    document.addEventListener('pointerdown', e => (touched = touched || !!(e.target as HTMLElement | null)?.closest?.('.tool-palette')), true);
    const started = Date.now();
    // The palette comes after the model: for a 50 000-node network, seconds after it.
    const timer = window.setInterval(() => {
        const icon = document.querySelector('.minimize-palette-button .codicon') as HTMLElement | null;
        if (icon || touched || Date.now() - started > 60000) window.clearInterval(timer);
        if (!touched) icon?.click();
    }, 100);
}

/** Links above which their labels are shown only for the link under the pointer or selected. */
const LABELLED_LINKS = 12;

/**
 * Link labels ("1 Gbit/s · 2 ms") of a dense network pile up between the tiers: above a dozen links
 * they are shown only on the link under the pointer or a selected one (diagram.css, .many-links).
 * Recounted whenever the drawing changes.
 */
function labelLinksOnDemand(): void {
    const count = (): void => {
        let links = 0;
        selectionService?.getModelRoot()?.index.all().forEach(e => (links += e.type === 'edge:link' ? 1 : 0));
        document.body.classList.toggle('many-links', links > LABELLED_LINKS);
    };
    count();
    let pending = false;
    const div = document.getElementById('sprotty');
    if (!div) return;
    new MutationObserver(() => {
        if (pending) return;
        pending = true;
        window.requestAnimationFrame(() => {
            pending = false;
            count();
        });
    }).observe(div, { childList: true, subtree: true });
}

/** Zoom below which kind labels, kind icons and link labels are left out: at 9 px they would be under 5.4 px. */
const KIND_LABEL_ZOOM = 0.6;
/** Zoom below which names are shown only on the node under the pointer: 11 px names would be under 4.4 px. */
const NAME_LABEL_ZOOM = 0.4;

/**
 * Labels by zoom level (diagram.css, .zoom-far and .zoom-farther): a fitted view of a large network
 * shows the nodes and links without text too small to read; zooming in brings the labels back.
 * Follows the zoom Sprotty writes on the diagram's top group (scale(z) translate(...)).
 */
function labelsByZoom(): void {
    const svg = document.querySelector('#sprotty svg.sprotty-graph');
    if (!svg) return;
    const apply = (): void => {
        const top = svg.querySelector(':scope > g');
        const m = /scale\(([-\d.e]+)/.exec(top?.getAttribute('transform') ?? '');
        const zoom = m ? parseFloat(m[1]) : 1;
        document.body.classList.toggle('zoom-far', zoom < KIND_LABEL_ZOOM);
        document.body.classList.toggle('zoom-farther', zoom < NAME_LABEL_ZOOM);
    };
    apply();
    // Only the top group's own attributes and the svg's children: node moves do not wake it.
    const onTop = new MutationObserver(apply);
    const watchTop = (): void => {
        onTop.disconnect();
        const top = svg.querySelector(':scope > g');
        if (top) onTop.observe(top, { attributes: true, attributeFilter: ['transform'] });
        apply();
    };
    watchTop();
    new MutationObserver(watchTop).observe(svg, { childList: true });
}

async function reconnect(connection: MessageConnection): Promise<void> {
    glspClient.stop();
    initialize(connection, true);
}

function button(id: string, action: () => Action): void {
    document.getElementById(id)?.addEventListener('click', () => dispatcher?.dispatch(action()));
}
button('layout', () => LayoutOperation.create());
button('form', () => ({ kind: 'formSubPools', isOperation: true, k: Number((document.getElementById('k') as HTMLInputElement).value) }) as Action);
document.getElementById(isPool ? 'layout' : 'pool-tools')?.setAttribute('hidden', '');
if (isPool) document.body.classList.add('pool-diagram'); // nothing to create from a palette there
button('undo', () => UndoAction.create());
button('redo', () => RedoAction.create());
button('save', () => SaveModelAction.create());
button('fit', () => {
    following = true;
    return fitAll(true);
});

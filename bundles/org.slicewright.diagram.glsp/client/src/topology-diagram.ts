/*
 * The topology diagram's element kinds on the client: every node kind is a rounded rectangle whose
 * colour comes from its CSS classes (kind, and health or utilisation for result overlays); links and
 * attachments are polylines. Type ids match TopologyTypes.java.
 */
import {
    ContainerConfiguration,
    FeatureModule,
    GEdge,
    GEdgeView,
    GLSPActionDispatcher,
    GLabel,
    GLabelView,
    GModelElement,
    GNode,
    GParentElement,
    GlspEditLabelUI,
    Hoverable,
    RenderingContext,
    Selectable,
    RoundedCornerNodeView,
    ZoomMouseListener,
    DefaultTypes,
    GGraph,
    configureDefaultModelElements,
    configureModelElement,
    overrideModelElement,
    EditableLabel,
    WithEditableLabel,
    editLabelFeature,
    getZoom,
    isEditableLabel,
    withEditLabelFeature,
    initializeDiagramContainer,
    resizeFeature,
    svg
} from '@eclipse-glsp/client';
import { Container, injectable } from 'inversify';
import { TopologyGraphView } from './overview';
import { ServerModelDispatcher } from './server-model';

export const DIAGRAM_TYPE = 'slicewright-topology';
/** The pool diagram of an AI service (PoolTypes.java): sub-pools as containers of VAPs. */
export const POOL_DIAGRAM_TYPE = 'slicewright-pool';
export const NODE_TYPES = ['macro_bs', 'small_bs', 'access_point', 'edge_server', 'board', 'cloud', 'end_device'].map(k => 'node:' + k);

/**
 * A 16-unit line drawing per node kind, drawn in the node's top left corner so a kind reads at a
 * glance even when the kind label is too small to read (no image files: plain SVG paths).
 */
const KIND_ICONS: Record<string, string> = {
    'node:cloud': 'M4 12 a3 3 0 0 1 1-5.8 a4.5 4.5 0 0 1 8.5-1 a3.2 3.2 0 0 1 0.5 6.8 Z',
    'node:macro_bs': 'M8 4 L4 15 M8 4 L12 15 M5.5 11 H10.5 M4.5 2.5 a5 5 0 0 0 0 4 M11.5 2.5 a5 5 0 0 1 0 4 M2.5 1 a8 8 0 0 0 0 7 M13.5 1 a8 8 0 0 1 0 7',
    'node:small_bs': 'M8 6 L5.5 15 M8 6 L10.5 15 M6.5 11 H9.5 M5.5 4 a4 4 0 0 0 0 4 M10.5 4 a4 4 0 0 1 0 4',
    'node:access_point': 'M2 7 a8.5 8.5 0 0 1 12 0 M4.3 9.4 a5.2 5.2 0 0 1 7.4 0 M6.5 11.8 a2 2 0 0 1 3 0 M8 14 v0.5',
    'node:edge_server': 'M2 2 H14 V6 H2 Z M2 6 H14 V10 H2 Z M2 10 H14 V14 H2 Z M4 4 h1 M4 8 h1 M4 12 h1',
    'node:board': 'M4 4 H12 V12 H4 Z M6 6 H10 V10 H6 Z M6 1 v3 M10 1 v3 M6 12 v3 M10 12 v3 M1 6 h3 M1 10 h3 M12 6 h3 M12 10 h3',
    'node:end_device': 'M5 1.5 H11 V14.5 H5 Z M7 12.5 H9'
};

@injectable()
export class KindIconNodeView extends RoundedCornerNodeView {
    override render(node: Readonly<GNode & Hoverable & Selectable>, context: RenderingContext): ReturnType<RoundedCornerNodeView['render']> {
        const drawn = super.render(node, context);
        const icon = KIND_ICONS[node.type];
        if (drawn && icon && node.size.width >= 60) {
            drawn.children = [...(drawn.children ?? []), svg('path', { d: icon, transform: 'translate(5, 5) scale(0.8)', 'class-kind-icon': true })];
        }
        return drawn;
    }
}

/**
 * A network node whose name is its editable label: F2 on the selected node, or a double click
 * anywhere on it, opens the rename box over the name (Sprotty looks the label up through
 * {@link WithEditableLabel}; a plain node offers none, so F2 did nothing).
 */
export class NamedNode extends GNode implements WithEditableLabel {
    static override readonly DEFAULT_FEATURES = [...GNode.DEFAULT_FEATURES, withEditLabelFeature];

    get editableLabel(): (GModelElement & EditableLabel) | undefined {
        return findNameLabel(this);
    }
}

function findNameLabel(parent: GParentElement): (GModelElement & EditableLabel) | undefined {
    for (const child of parent.children) {
        if (child.type === 'label:name' && isEditableLabel(child)) return child;
        if (child instanceof GParentElement) {
            const nested = findNameLabel(child);
            if (nested) return nested;
        }
    }
    return undefined;
}

/**
 * The rename box over a node's name, at least as wide as the name, at the zoom of the diagram.
 * Sprotty puts the box's corner at the text's client corner less the offsets of the page's outer
 * elements, which on this page (a toolbar above the diagram) put it below the node.
 */
@injectable()
export class NameEditLabelUI extends GlspEditLabelUI {
    protected override setPosition(containerElement: HTMLElement): void {
        super.setPosition(containerElement);
        const text = this.label ? document.getElementById(this.domHelper.createUniqueDOMElementId(this.label)) : null;
        const parent = containerElement.offsetParent as HTMLElement | null;
        if (!this.label || !text || !parent) return;
        const t = text.getBoundingClientRect();
        const p = parent.getBoundingClientRect();
        const zoom = getZoom(this.label);
        const width = Math.max(t.width + 24, 120 * zoom);
        const height = Math.max(t.height + 6, 20 * zoom);
        containerElement.style.left = `${t.left + t.width / 2 - width / 2 - p.left + parent.scrollLeft}px`;
        containerElement.style.top = `${t.top + t.height / 2 - height / 2 - p.top + parent.scrollTop}px`;
        for (const e of [containerElement, this.editControl]) {
            e.style.width = `${width}px`;
            e.style.height = `${height}px`;
        }
    }
}

export const topologyDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        configureDefaultModelElements(context);
        // Large networks are drawn as an overview when zoomed out (overview.ts).
        overrideModelElement(context, DefaultTypes.GRAPH, GGraph, TopologyGraphView);
        // The server's incremental updates are applied to its own last model (server-model.ts).
        rebind(GLSPActionDispatcher).to(ServerModelDispatcher).inSingletonScope();
        for (const type of [...NODE_TYPES, 'group']) {
            configureModelElement(context, type, NamedNode, type === 'group' ? RoundedCornerNodeView : KindIconNodeView, { enable: [resizeFeature] });
        }
        configureModelElement(context, 'edge:link', GEdge, GEdgeView);
        configureModelElement(context, 'edge:attachment', GEdge, GEdgeView);
        configureModelElement(context, 'label:name', GLabel, GLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'label:kind', GLabel, GLabelView);
        configureModelElement(context, 'label:link', GLabel, GLabelView);
        for (const type of ['subpool', 'unassigned', 'vap']) {
            configureModelElement(context, type, GNode, RoundedCornerNodeView);
        }
        configureModelElement(context, 'label:heading', GLabel, GLabelView);
        if (isBound(GlspEditLabelUI)) rebind(GlspEditLabelUI).to(NameEditLabelUI).inSingletonScope();
    },
    { featureId: Symbol('slicewrightTopology') }
);

/**
 * Wheel zoom in steps of at most 10 %: WebKitGTK reports a wheel notch as 53 pixels, which Sprotty
 * turned into a 23 % jump.
 */
@injectable()
export class SmoothZoomMouseListener extends ZoomMouseListener {
    protected override getZoomFactor(event: WheelEvent): number {
        return Math.min(1.1, Math.max(1 / 1.1, super.getZoomFactor(event)));
    }
}

export const smoothZoomModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        if (isBound(ZoomMouseListener)) rebind(ZoomMouseListener).to(SmoothZoomMouseListener).inSingletonScope();
    },
    { featureId: Symbol('slicewrightSmoothZoom') }
);

export function createTopologyContainer(...configuration: ContainerConfiguration): Container {
    return initializeDiagramContainer(new Container(), topologyDiagramModule, ...configuration, { add: smoothZoomModule });
}

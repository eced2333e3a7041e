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
    GLabel,
    GLabelView,
    GNode,
    RoundedCornerNodeView,
    ZoomMouseListener,
    configureDefaultModelElements,
    configureModelElement,
    editLabelFeature,
    initializeDiagramContainer,
    resizeFeature
} from '@eclipse-glsp/client';
import { Container, injectable } from 'inversify';

export const DIAGRAM_TYPE = 'slicewright-topology';
/** The pool diagram of an AI service (PoolTypes.java): sub-pools as containers of VAPs. */
export const POOL_DIAGRAM_TYPE = 'slicewright-pool';
export const NODE_TYPES = ['macro_bs', 'small_bs', 'access_point', 'edge_server', 'board', 'cloud', 'end_device'].map(k => 'node:' + k);

export const topologyDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        configureDefaultModelElements(context);
        for (const type of [...NODE_TYPES, 'group']) {
            configureModelElement(context, type, GNode, RoundedCornerNodeView, { enable: [resizeFeature] });
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

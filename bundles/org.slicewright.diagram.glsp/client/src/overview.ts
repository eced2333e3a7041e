/*
 * Level of detail for large networks. Sprotty draws every element as its own SVG group (a node with
 * its two labels and icon is five elements), and routes every link on every frame: fitted on screen,
 * a 5 000-node network was 40 000 SVG elements, and each zoom step redrew them all.
 *
 * When more nodes are in view than can be told apart, the graph is drawn as an overview instead: one
 * path per look (kind, result overlay, selection) holding the rectangles of every node in view, and
 * the links aggregated on a grid of screen cells: links whose ends fall in the same two cells are one
 * segment. Zooming in until few enough nodes are in view brings back the full drawing, labels and all,
 * of the elements in view only.
 */
import { GEdge, GGraph, GGraphView, GModelElement, GNode, RenderingContext, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

/** Nodes (and device groups) in view up to which every element is drawn with its labels and can be picked with the mouse. */
export const DETAIL_NODES = 1500;
/** Links in view up to which each is drawn as its own element (selectable, labelled). */
export const DETAIL_LINKS = 2500;
/** Side of the screen cells links are aggregated on, in pixels. */
const LINK_CELL_PX = 8;
/**
 * Link segments drawn at most in an overview. Painting is what costs there (100 000 segments took
 * 0.7 s a frame in headless Chromium); beyond this many, a fixed share of the segments is drawn, the
 * same ones while the zoom stays (by a hash of their cells), and the overview's note says which share.
 */
const LINK_BUDGET = 5000;

interface Area {
    x: number;
    y: number;
    width: number;
    height: number;
}

/** The nodes of a graph, read once per frame: link ends are looked up here, not in the model's index. */
class NodeTable {
    readonly centres = new Map<string, [number, number]>();
    readonly nodes: GNode[] = [];

    constructor(model: Readonly<GGraph>) {
        for (const child of model.children) {
            if (!(child instanceof GNode)) continue;
            const b = child.bounds;
            this.nodes.push(child);
            this.centres.set(child.id, [b.x + b.width / 2, b.y + b.height / 2]);
        }
    }

    /** Centres of a link's two nodes, or undefined for a link whose ends are not nodes. */
    ends(link: Readonly<GEdge>): [number, number, number, number] | undefined {
        const a = this.centres.get(link.sourceId), b = this.centres.get(link.targetId);
        return a && b ? [a[0], a[1], b[0], b[1]] : undefined;
    }

    /** Whether the straight line between a link's node centres crosses the area's bounding box. */
    linkInView(link: Readonly<GEdge>, area: Area): boolean {
        const e = this.ends(link);
        return !e || overlaps({ x: Math.min(e[0], e[2]), y: Math.min(e[1], e[3]), width: Math.abs(e[0] - e[2]), height: Math.abs(e[1] - e[3]) }, area);
    }
}

@injectable()
export class TopologyGraphView extends GGraphView {
    override render(model: Readonly<GGraph>, context: RenderingContext): VNode {
        if (context.targetKind === 'hidden') return super.render(model, context);
        const table = new NodeTable(model);
        // A small network is drawn as Sprotty draws it.
        if (table.nodes.length <= DETAIL_NODES) return super.render(model, context);
        // Before the canvas has its size, a large network is not drawn at all (rather than in full).
        const area = visibleArea(model);
        const view = area ? inView(model, table, area) : undefined;
        const overview = !view || view.nodes.length > DETAIL_NODES;
        let children: VNode[] = [];
        let note: string | undefined;
        if (view) {
            // Links under the nodes: a node's name must not disappear under the links passing over it.
            const manyLinks = overview || view.links.length > DETAIL_LINKS;
            const links = manyLinks ? linkPaths(model, table, view.links) : undefined;
            children = [
                ...(links ? links.paths : renderAll(view.links, context)),
                ...(overview ? nodePaths(view.nodes) : renderAll(view.others, context))
            ];
            note = noteOf(view, overview, links);
        }
        const transform = `scale(${model.zoom}) translate(${-model.scroll.x},${-model.scroll.y})`;
        const text = note ? [svg('text', { x: 8, y: model.canvasBounds.height - 8, 'class-overview-note': true }, note)] : [];
        const graph = svg('svg', { 'class-sprotty-graph': true, 'class-overview': overview }, svg('g', { transform }, ...children), ...text);
        if (graph.data) graph.data.style = { ...graph.data.style, ...this.getGridStyle(model, context) };
        return graph;
    }
}

/** What is in view: nodes, links, and the other elements (nodes and device groups with their labels). */
interface InView {
    nodes: GNode[];
    links: GEdge[];
    others: GModelElement[];
}

/**
 * The elements in view of a large network. Only these are drawn: Sprotty's own rendering visits every
 * element and routes every link on each frame, also those scrolled away (GLSP's link view then routes
 * its link again): at 20 000 links that was a second per scroll step.
 */
function inView(model: Readonly<GGraph>, table: NodeTable, area: Area): InView {
    const view: InView = { nodes: [], links: [], others: [] };
    for (const child of model.children) {
        if (child instanceof GEdge) {
            if (table.linkInView(child, area)) view.links.push(child);
        } else if (!(child instanceof GNode)) {
            view.others.push(child);
        } else if (overlaps(child.bounds, area)) {
            view.nodes.push(child);
            view.others.push(child);
        }
    }
    return view;
}

function renderAll(elements: readonly GModelElement[], context: RenderingContext): VNode[] {
    const drawn: VNode[] = [];
    for (const e of elements) {
        const vnode = context.renderElement(e);
        if (vnode) drawn.push(vnode);
    }
    return drawn;
}

/** The line in the canvas's bottom left corner (outside the zoomed group, so it stays legible): what is drawn how. */
function noteOf(view: InView, overview: boolean, links: { share: number; segments: number } | undefined): string | undefined {
    const n = (x: number): string => x.toLocaleString('en');
    const thinned = links && links.share > 1 ? `, 1 in ${links.share} of ${n(links.segments)} link segments drawn` : '';
    if (overview) return `Overview: ${n(view.nodes.length)} nodes in view${thinned}. Zoom in to below ${n(DETAIL_NODES)} nodes for names.`;
    if (links) return `${n(view.links.length)} links in view drawn as lines${thinned}. Zoom in to below ${n(DETAIL_LINKS)} links to select them.`;
    return undefined;
}

/** The part of the diagram on the canvas, in diagram units; undefined before the canvas has a size. */
function visibleArea(model: Readonly<GGraph>): Area | undefined {
    const canvas = model.canvasBounds;
    if (!(canvas.width > 0 && canvas.height > 0 && model.zoom > 0)) return undefined;
    return { x: model.scroll.x, y: model.scroll.y, width: canvas.width / model.zoom, height: canvas.height / model.zoom };
}

function overlaps(b: Area, area: Area): boolean {
    return b.x <= area.x + area.width && b.x + b.width >= area.x && b.y <= area.y + area.height && b.y + b.height >= area.y;
}

/** The CSS classes of an element's group, as the full drawing gives them (kind, overlays), as one key. */
function look(e: Readonly<GModelElement>): string {
    return e.cssClasses?.join(' ') ?? '';
}

/** A group with these classes around one path, as Sprotty draws an element: its classes on the group. */
function group(classes: string, path: Record<string, string | boolean>): VNode {
    const attrs: Record<string, boolean> = {};
    for (const c of classes.split(' ')) if (c) attrs['class-' + c] = true;
    return svg('g', attrs, svg('path', path));
}

/** One path per look, of every node rectangle in view; selected nodes last, so they are drawn on top. */
function nodePaths(nodes: readonly GNode[]): VNode[] {
    const paths = new Map<string, string[]>();
    const selected = new Map<string, string[]>();
    for (const node of nodes) {
        const b = node.bounds;
        const into = node.selected ? selected : paths;
        const key = look(node);
        let d = into.get(key);
        if (!d) into.set(key, (d = []));
        const w = Math.round(b.width);
        d.push(`M${Math.round(b.x)} ${Math.round(b.y)}h${w}v${Math.round(b.height)}h${-w}z`);
    }
    return [
        ...[...paths].map(([key, d]) => group(key, { d: d.join(''), 'class-sprotty-node': true })),
        ...[...selected].map(([key, d]) => group(key, { d: d.join(''), 'class-sprotty-node': true, 'class-selected': true }))
    ];
}

/** Links between node centres, one segment per pair of screen cells their ends fall in, one path per look. */
function linkPaths(model: Readonly<GGraph>, table: NodeTable, links: readonly GEdge[]): { paths: VNode[]; share: number; segments: number } {
    const cell = LINK_CELL_PX / model.zoom;
    const segments = new Map<string, Map<string, number[]>>(); // per look, per pair of cells: the cells
    let count = 0;
    for (const child of links) {
        const e = table.ends(child);
        if (!e) continue;
        const key = look(child);
        let pairs = segments.get(key);
        if (!pairs) segments.set(key, (pairs = new Map()));
        const c = e.map(v => Math.round(v / cell));
        const pair = c.join(',');
        if (!pairs.has(pair)) count++;
        pairs.set(pair, c);
    }
    const share = Math.ceil(count / LINK_BUDGET);
    const paths = [...segments].map(([key, pairs]) => {
        const d: string[] = [];
        for (const [pair, c] of pairs) {
            if (share > 1 && hash(pair) % share !== 0) continue;
            d.push(`M${Math.round(c[0] * cell)} ${Math.round(c[1] * cell)}L${Math.round(c[2] * cell)} ${Math.round(c[3] * cell)}`);
        }
        return group('sprotty-edge link-haze ' + key, { d: d.join('') });
    });
    return { paths, share, segments: count };
}

/** FNV-1a of a string: which segments a thinned overview draws, the same on every frame. */
function hash(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
}

// The slice of the DOM the HTML reader uses, typed here so Node code compiles without the browser's
// DOM library (linkedom implements these in plain Node; no browser is involved).

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  textContent: string | null;
  readonly nodeValue: string | null;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode> & Iterable<DomNode>;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  remove(): void;
}

export interface DomList<T> extends ArrayLike<T>, Iterable<T> {}

export interface El extends DomNode {
  readonly tagName: string;
  readonly isConnected: boolean;
  id: string;
  className: string;
  readonly classList: { contains(name: string): boolean };
  readonly children: DomList<El>;
  readonly parentElement: El | null;
  readonly previousElementSibling: El | null;
  readonly nextElementSibling: El | null;
  readonly firstElementChild: El | null;
  innerHTML: string;
  readonly outerHTML: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): DomList<El>;
  closest(selector: string): El | null;
  appendChild(node: DomNode): DomNode;
  replaceWith(...nodes: DomNode[]): void;
  after(...nodes: DomNode[]): void;
  prepend(...nodes: (DomNode | string)[]): void;
}

export interface Doc {
  readonly documentElement: El;
  readonly body: El | null;
  readonly head: El | null;
  title: string;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): DomList<El>;
  createElement(tag: string): El;
}

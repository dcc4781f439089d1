// The API contract: request and response types of every endpoint, and the
// error body. The client imports this file as types only.

/** Every error response body. */
export interface ApiError {
  readonly code: string;
  readonly message: string;
  readonly details?: unknown;
}

export interface HealthResponse {
  readonly status: 'ok';
  readonly neo4j: {
    readonly name: string;
    readonly version: string;
    readonly edition: string;
    readonly database: string;
    readonly nodes: number;
    readonly relationships: number;
  };
}

/** A Cytoscape node element as the API sends it. */
export interface NodeElement {
  readonly group: 'nodes';
  readonly data: {
    readonly id: string;
    readonly label: string;
    readonly labels: readonly string[];
    readonly [key: string]: unknown;
  };
}

/** A Cytoscape edge element as the API sends it. */
export interface EdgeElement {
  readonly group: 'edges';
  readonly data: {
    readonly id: string;
    readonly source: string;
    readonly target: string;
    readonly type: string;
    readonly [key: string]: unknown;
  };
}

export type GraphElement = NodeElement | EdgeElement;

export interface GraphResponse {
  readonly elements: readonly GraphElement[];
  /** True when a cap cut the result. */
  readonly truncated: boolean;
  /** Event edges that match the filters, before the cap. */
  readonly total: number;
}

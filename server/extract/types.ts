// The extractor's output: the contract between the pure extractor and the
// writer that stores it in Neo4j (and the JSON shape `score.mjs` reads).

/** Kinds of actor, one Neo4j label each besides `Actor`. */
export const ACTOR_KINDS = ['Country', 'GovernmentBody', 'Organization', 'Person', 'Group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Event relations: something one actor did to another, as a claim of one article. */
export const EVENT_TYPES = ['ATTACKED', 'SANCTIONED', 'EXPELLED', 'DENIED'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Structural relations that connect people and bodies to their states. */
export const LINK_TYPES = ['PART_OF', 'LEADS', 'SPEAKS_FOR'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export type Certainty = 'stated' | 'alleged' | 'reported';

/** One canonical actor; `id` is a stable slug of kind and name (`country:iran`). */
export interface ExtractedActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** Every other surface form seen for this actor, canonical name excluded. */
  readonly aliases: readonly string[];
  /** How many times the article mentions it. */
  readonly mentions: number;
}

/** Where a claim comes from: the sentence verbatim and its offsets in `cleanText`. */
export interface Evidence {
  readonly evidence: string;
  readonly start: number;
  readonly end: number;
}

export interface ExtractedEvent extends Evidence {
  /** Stable hash of (type, source, target, article, sentence). */
  readonly id: string;
  readonly type: EventType;
  readonly source: string;
  readonly target: string;
  /** ISO date or partial date ('2022', '2022-07', '2022-09-09'), or null. */
  readonly when: string | null;
  readonly certainty: Certainty;
  /** Name of who asserts it, when the article says. */
  readonly claimedBy: string | null;
  /** DENIED only: the relation type that is denied. */
  readonly denies: EventType | null;
}

export interface ExtractedLink extends Evidence {
  readonly id: string;
  readonly type: LinkType;
  readonly source: string;
  readonly target: string;
}

export interface ExtractedArticle {
  /** Stable id: `article:` + first 16 hex chars of sha256 of the raw text. */
  readonly id: string;
  readonly title: string;
  /** ISO date the article was published, if known. */
  readonly published: string | null;
  readonly source: string | null;
  readonly url: string | null;
  /** sha256 (hex) of the raw input text. */
  readonly sha256: string;
  /** The article after boilerplate removal; evidence offsets point into it. */
  readonly cleanText: string;
}

export interface Extraction {
  readonly article: ExtractedArticle;
  readonly nodes: readonly ExtractedActor[];
  readonly relationships: readonly (ExtractedEvent | ExtractedLink)[];
}

/** Whether a relationship of an Extraction is an event (not a PART_OF-style link). */
export const isEvent = (r: ExtractedEvent | ExtractedLink): r is ExtractedEvent => (EVENT_TYPES as readonly string[]).includes(r.type);

export interface ArticleInput {
  readonly text: string;
  readonly title?: string;
  readonly published?: string;
  readonly source?: string;
  readonly url?: string;
}

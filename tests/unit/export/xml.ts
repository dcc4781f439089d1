// A real XML parser for the GraphML and GEXF tests: fast-xml-parser with
// attributes kept, values left as strings and repeated elements always arrays.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type XmlNode = { readonly [name: string]: XmlValue };
export type XmlValue = string | XmlNode | readonly XmlNode[];

const REPEATED = new Set(['key', 'node', 'edge', 'data', 'attribute', 'attributes', 'attvalue']);

export function parseXml(text: string): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`invalid XML: ${valid.err.msg} at line ${valid.err.line}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => REPEATED.has(name),
  });
  // NOTE: the parser returns `any`; the shape is checked by the tests that read it.
  return parser.parse(text) as XmlNode;
}

/** The child `name` of `node`, as an object (throws when absent, so tests fail loudly). */
export function child(node: XmlValue | undefined, name: string): XmlNode {
  if (node === undefined || typeof node === 'string' || Array.isArray(node)) throw new Error(`no <${name}> here`);
  const v = (node as XmlNode)[name];
  if (v === undefined || typeof v === 'string' || Array.isArray(v)) throw new Error(`no single <${name}>`);
  return v as XmlNode;
}

/** The repeated children `name` of `node` (empty when absent). */
export function children(node: XmlNode, name: string): readonly XmlNode[] {
  const v = node[name];
  return Array.isArray(v) ? (v as readonly XmlNode[]) : [];
}

export const attr = (node: XmlNode, name: string): string => {
  const v = node[`@${name}`];
  return typeof v === 'string' ? v : '';
};

/** Text content: a string child, or `#text` of an element with attributes. */
export const text = (node: XmlNode): string => {
  const v = node['#text'];
  return typeof v === 'string' ? v : '';
};

// Builds DOM with DOM methods only. Every string child becomes a text node, never markup: case data
// comes from the server and is treated as untrusted text, as a real SPA should.

/**
 * @param {Document} doc
 * @param {string} tagName
 * @param {Record<string, string | boolean | null | undefined>} [attributes] `true` sets an empty attribute,
 *   `false`/`null`/`undefined` leave it out
 * @param {Array<Node | string | null | undefined | false>} [children]
 * @returns {HTMLElement}
 */
export function element(doc, tagName, attributes = {}, children = []) {
  const node = doc.createElement(tagName);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

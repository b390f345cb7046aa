/**
 * Walking a tree of objects in an untrusted PDF (a name tree, a page tree): any node may point back
 * to one already seen, or the tree may be made enormous, so every walk keeps the set of nodes it has
 * visited and a count. A node seen twice is refused, not skipped: in a file we wrote, no node is
 * reached twice, so a loop means the file was made to trap a reader.
 */

/** Thrown when a walk reaches a node it has already visited. */
export class PdfLoopError extends Error {
  constructor() {
    super('A tree in the PDF refers back to itself.');
    this.name = 'PdfLoopError';
  }
}

/** Thrown when a walk visits more nodes than the limit. */
export class PdfTreeTooLargeError extends Error {
  constructor() {
    super('A tree in the PDF is far larger than in any plan PDF.');
    this.name = 'PdfTreeTooLargeError';
  }
}

/** More nodes than the name and page trees of any plan PDF have; nodes are objects, not bytes. */
export const MAX_TREE_NODES = 10_000;

/**
 * Visits `root` and every node below it, depth first, each once; `children` lists a node's
 * children (objects are compared by identity: pdf-lib gives the same object for the same reference).
 */
export function walkPdfTree<N extends object>(
  root: N,
  children: (node: N) => readonly N[],
  visit: (node: N) => void,
  limit = MAX_TREE_NODES,
): void {
  const visited = new Set<N>();
  const stack: N[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visited.has(node)) throw new PdfLoopError();
    visited.add(node);
    if (visited.size > limit) throw new PdfTreeTooLargeError();
    visit(node);
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

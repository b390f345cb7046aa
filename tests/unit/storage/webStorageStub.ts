/** An in-memory Web Storage for Node, with an optional size limit to provoke QuotaExceededError. */
export class MemoryWebStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private readonly limitChars = Infinity) {}
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.items].reduce((n, [key, value]) => n + (key === k ? 0 : key.length + value.length), 0);
    if (used + k.length + v.length > this.limitChars)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(k, String(v));
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  clear() {
    this.items.clear();
  }
  [name: string]: unknown;
}

/** Installs fresh localStorage and sessionStorage globals; returns them. */
export function stubWebStorage(): { local: MemoryWebStorage; session: MemoryWebStorage } {
  const local = new MemoryWebStorage();
  const session = new MemoryWebStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: local, configurable: true, writable: true });
  Object.defineProperty(globalThis, 'sessionStorage', { value: session, configurable: true, writable: true });
  return { local, session };
}

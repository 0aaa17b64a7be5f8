/** Where a drafted value was read: the file (relative to the knowledge folder) and the 1-based line. */
export interface Origin {
  path: string;
  line: number;
}

export interface Drafted<T> {
  value: T;
  from: Origin;
}

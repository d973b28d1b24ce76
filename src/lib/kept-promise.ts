/**
 * One promise kept while its key stays the same, made again when the key changes. A promise that fails is
 * forgotten, so the next call tries again (a bad file must not be cached until the next rebuild).
 *
 * @example
 * const directory = new KeptPromise<Data>();
 * directory.get(String(snapshot.generation), () => readDirectory(snapshot));
 */
export class KeptPromise<T> {
  private held: { key: string; value: Promise<T> } | undefined;

  get(key: string, make: () => Promise<T>): Promise<T> {
    if (this.held?.key !== key) {
      const value = make();
      this.held = { key, value };
      value.catch(() => {
        if (this.held?.value === value) this.held = undefined;
      });
    }
    return this.held.value;
  }
}

import { storage, type StorageItemKey } from 'wxt/utils/storage';

/**
 * One value Signoff keeps in `browser.storage` (WXT's storage items underneath). Every read goes through `parse`:
 * what is stored may come from an older version, another context, or a hand edit, so it is never trusted as a `T`;
 * `parse` returns the typed fallback for anything it cannot read.
 */
export interface StoredItem<T> {
  /** "local:settings": the area and the key, as WXT spells it. */
  readonly key: StorageItemKey;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Called with the parsed new value whenever this key (and no other) changes; returns the unwatch function. */
  watch(onChange: (value: T) => void): () => void;
}

export interface StoredItemOptions<T> {
  /** Reads a stored value (or `null` when there is none) as a `T`, falling back where it must. */
  parse: (stored: unknown) => T;
  /**
   * The stored shape's version. When it goes up, `migrations[n]` turns a version n-1 value into version n, once,
   * in whichever context first defines the item; a value stored before versioning counts as version 1.
   */
  version?: number;
  migrations?: Record<number, (stored: unknown) => unknown>;
}

export function defineStoredItem<T>(key: StorageItemKey, options: StoredItemOptions<T>): StoredItem<T> {
  const { parse, version, migrations } = options;
  const item = storage.defineItem<unknown>(key, { fallback: null, ...(version ? { version, migrations } : {}) });
  return {
    key,
    get: async () => parse(await item.getValue()),
    set: (value) => item.setValue(value),
    remove: () => item.removeValue(),
    watch: (onChange) => item.watch((value) => onChange(parse(value))),
  };
}

/** Empties Signoff's storage areas ("Forget everything"). */
export async function clearStoredItems(): Promise<void> {
  await storage.clear('local');
  await storage.clear('session');
}

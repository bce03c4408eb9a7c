import type { browser } from 'wxt/browser';
import type { StorageItemKey } from 'wxt/utils/storage';

/**
 * One value Signoff keeps in `browser.storage`. Every read goes through `parse`: what is stored may come from an
 * older version, another context, or a hand edit, so it is never trusted as a `T`; `parse` returns the typed fallback
 * for anything it cannot read. A value whose stored shape changes over versions is a versioned item instead
 * (utils/browser/versioned-stored-item.ts).
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
}

type AreaName = 'local' | 'session' | 'sync' | 'managed';

/**
 * The extension API's storage as WXT's storage items reach it: the browser's own (`browser` in Firefox, `chrome` in
 * Chrome, both promise-based), not the polyfill's module, so every context of the extension (and a test's restarted
 * module graph) reads the same storage.
 */
function storageApi(): typeof browser.storage {
  const global = globalThis as unknown as { browser?: typeof browser; chrome?: typeof browser };
  return (global.browser?.runtime?.id ? global.browser : global.chrome)!.storage;
}

function splitKey(key: StorageItemKey): { area: AreaName; name: string } {
  const colon = key.indexOf(':');
  return { area: key.slice(0, colon) as AreaName, name: key.slice(colon + 1) };
}

/**
 * Straight on the extension API, stored exactly as WXT's storage items store an unversioned value (the key without
 * its area, no value stored as none), so both read the same records. Without WXT's storage library: the popup, which
 * reads three of these, stays small (docs/benchmarks.md).
 */
export function defineStoredItem<T>(key: StorageItemKey, { parse }: StoredItemOptions<T>): StoredItem<T> {
  const { area: areaName, name } = splitKey(key);
  const area = () => storageApi()[areaName];
  return {
    key,
    get: async () => parse((await area().get(name))[name] ?? null),
    set: (value) => (value === undefined || value === null ? area().remove(name) : area().set({ [name]: value })),
    remove: () => area().remove(name),
    watch: (onChange) => {
      const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
        const change = changes[name];
        // A write of the same value is no change (as WXT's watchers see it).
        if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
        onChange(parse(change.newValue ?? null));
      };
      area().onChanged.addListener(listener);
      return () => area().onChanged.removeListener(listener);
    },
  };
}

/** Empties Signoff's storage areas ("Forget everything"). */
export async function clearStoredItems(): Promise<void> {
  await storageApi().local.clear();
  await storageApi().session.clear();
}

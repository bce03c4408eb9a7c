import { storage } from 'wxt/utils/storage';
import type { StorageItemKey } from 'wxt/utils/storage';
import type { StoredItem, StoredItemOptions } from './stored-item';

export interface VersionedItemOptions<T> extends StoredItemOptions<T> {
  /**
   * The stored shape's version. When it goes up, `migrations[n]` turns a version n-1 value into version n, once,
   * in whichever context first defines the item; a value stored before versioning counts as version 1.
   */
  version: number;
  migrations: Record<number, (stored: unknown) => unknown>;
}

/** A stored item whose shape changes over versions, migrated by WXT's storage items (they keep the version beside it). */
export function defineVersionedStoredItem<T>(key: StorageItemKey, options: VersionedItemOptions<T>): StoredItem<T> {
  const { parse, version, migrations } = options;
  const item = storage.defineItem<unknown>(key, { fallback: null, version, migrations });
  return {
    key,
    get: async () => parse(await item.getValue()),
    set: (value) => item.setValue(value),
    remove: () => item.removeValue(),
    watch: (onChange) => item.watch((value) => onChange(parse(value))),
  };
}

/**
 * A localisation file, or a site's own page quoting one of its controls, that shows some of a language's phrases:
 * where it is, and the texts it was checked against.
 */
export interface WordSource {
  /**
   * "owner/repository@commit path/in/repository" (the commit a tracing run read), or a site's own page as
   * 'https://host/path "the label as quoted on the page"' (its one text is that label).
   */
  from: string;
  /**
   * Message key (or, where the file is keyed by its English text, that msgid) → its text in that file, as read;
   * every traced phrase occurs in one of them as whole words. A key the file holds twice (nested YAML sections)
   * is written "key (another)".
   */
  texts: Readonly<Record<string, string>>;
}

/** One language's words for the generic sign-out finder, with where they come from. */
export interface LanguageWords {
  /** Labels of a sign-out control ("Logga ut"). */
  signOut: readonly string[];
  /**
   * Labels the finder must never return: delete/close/deactivate an account, cancel a subscription, remove data,
   * unsubscribe, sign out *other* devices. A deny-list: a phrase too many only refuses a control, so the list keeps
   * verbs as well as phrases, and phrases no source shows yet stay (listed in `keptUnsourced`).
   */
  destructive: readonly string[];
  /** Labels of a control that opens the account menu or names the account page ("Mitt konto"). */
  account: readonly string[];
  /** The localisation files that show the phrases (a unit test checks every phrase against them). */
  sources: readonly WordSource[];
  /**
   * Destructive phrases none of `sources` shows, kept because the deny-list is the safety net (a phrase too many
   * only refuses a control). Sign-out and account phrases are never here: one no source shows is dropped.
   */
  keptUnsourced: readonly string[];
}

import { toolbarButton } from './toolbar-button';

export async function showBadge(count: number, title: string): Promise<void> {
  const button = toolbarButton();
  await button.setBadgeText({ text: count > 0 ? String(count) : '' });
  // Orange draws the eye on a shared computer: someone is still signed in.
  await button.setBadgeBackgroundColor({ color: '#d9480f' });
  await button.setTitle({ title });
}

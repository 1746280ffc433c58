/**
 * Moves the focus to what an action just opened (a panel's heading, with `tabIndex={-1}`) and
 * scrolls it to the top of the window: a panel can open far above or below the control used.
 */
export function focusAndReveal(element: HTMLElement | null): void {
  if (element === null) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'start' });
}

/**
 * Brings a refusal to where the person is looking (issue 16): after a save or a submit is refused, the first field
 * marked invalid, else the first alert of the form, is scrolled into view and focused, so a manager who pressed
 * "submit" at the bottom of a long form on a phone sees why, and a screen reader reads it.
 */
export function revealFirstProblem(root: HTMLElement | null): void {
  if (!root) return;
  // After React has rendered the errors just set.
  window.setTimeout(() => {
    const target = root.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root.querySelector<HTMLElement>('[role="alert"]');
    if (!target) return;
    target.scrollIntoView?.({ block: 'center' });
    if (!target.matches('input, textarea, select, button, [tabindex]')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, 0);
}

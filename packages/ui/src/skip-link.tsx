export interface SkipLinkProps {
  /** The id of the main content. */
  target?: string;
}

/** The first focusable element: jumps past the header and navigation (WCAG 2.4.1 bypass blocks). */
export function SkipLink({ target = 'main' }: SkipLinkProps) {
  return (
    <a
      className="mq-skip-link"
      href={`#${target}`}
      onClick={(event) => {
        const main = document.getElementById(target);
        if (main === null) return;
        event.preventDefault();
        if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
        main.focus();
      }}
    >
      Skip to main content
    </a>
  );
}

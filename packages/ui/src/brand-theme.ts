/** The brand's colours as CSS hex values; each `on…` colour is the text drawn on the one before. */
export interface BrandColours {
  primary: string;
  onPrimary: string;
  accent: string;
  onAccent: string;
}

const PROPERTIES: Readonly<Record<keyof BrandColours, string>> = {
  primary: '--mq-color-primary',
  onPrimary: '--mq-color-on-primary',
  accent: '--mq-color-accent',
  onAccent: '--mq-color-on-accent',
};

/**
 * Paints the brand from configuration at run time: the stylesheet reads these custom properties,
 * set through the CSSOM so that a strict Content Security Policy (no inline style) allows them.
 */
export function applyBrandColours(colours: BrandColours, root: HTMLElement): void {
  for (const [key, property] of Object.entries(PROPERTIES) as [keyof BrandColours, string][]) {
    root.style.setProperty(property, colours[key]);
  }
}

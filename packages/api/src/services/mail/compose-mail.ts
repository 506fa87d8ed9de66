import { MARKETS, type Market } from '@marque/domain';
import type { OutgoingMail } from './mailer.js';
import { escapeHtml } from './html-escape.js';

/** What every message carries: the brand's name and the web address links point to. */
export interface MailBrand {
  brandName: string;
  publicWebUrl: string;
  locale: string;
}

export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Shown after the action, e.g. how long a link lasts. */
  afterAction?: string[];
}

const SECURITY_FOOTER =
  'We will never ask for your password, a sign-in code or your bank details by e-mail or phone.';

/**
 * A message as plain text and HTML from the same content, so the two parts always agree; every
 * value is escaped in the HTML part, so a name or address cannot inject markup.
 */
export function composeMail(brand: MailBrand, to: string, content: MailContent): OutgoingMail {
  const after = content.afterAction ?? [];
  const textLines = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    ...after.flatMap((paragraph) => [paragraph, '']),
    `— ${brand.brandName}`,
    '',
    SECURITY_FOOTER,
  ];
  const paragraph = (text: string): string => `<p>${escapeHtml(text)}</p>`;
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(brand.locale)}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">',
    `<h1 style="font-size: 20px;">${escapeHtml(brand.brandName)}</h1>`,
    paragraph(content.greeting),
    ...content.paragraphs.map(paragraph),
    ...(content.action
      ? [
          `<p><a href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>`,
          `<p style="font-size: 13px;">If the link does not work, copy this address into your browser: ${escapeHtml(content.action.url)}</p>`,
        ]
      : []),
    ...after.map(paragraph),
    `<p>— ${escapeHtml(brand.brandName)}</p>`,
    `<p style="font-size: 12px; color: #555;">${escapeHtml(SECURITY_FOOTER)}</p>`,
    '</body></html>',
  ].join('\n');
  return { to, subject: content.subject, text: textLines.join('\n'), html };
}

/** The brand as configured for this deployment. */
export function mailBrandOf(config: {
  brandName: string;
  publicWebUrl: string;
  market: Market;
}): MailBrand {
  return {
    brandName: config.brandName,
    publicWebUrl: config.publicWebUrl,
    locale: MARKETS[config.market].locale,
  };
}

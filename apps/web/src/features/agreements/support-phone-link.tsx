/** The brand's support number as a link phones can call (the tel: URL has no spaces). */
export function SupportPhoneLink({ phone }: { phone: string }) {
  return <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>;
}

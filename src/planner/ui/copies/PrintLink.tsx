/** The link beside an edition's download that opens it to print from the browser. */
export function PrintLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="edition-actions__print">
      <a href={href}>{children}</a>
    </p>
  );
}

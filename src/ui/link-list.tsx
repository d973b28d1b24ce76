/**
 * A list of addresses to try, each shown as code and linked, with a line saying what it gives: the API's
 * examples and the HSDS endpoints.
 *
 * @example <AddressList items={[['/api/v1/services', 'Every service code…']]} />
 */
export function AddressList(props: { items: readonly (readonly [href: string, text: string])[] }) {
  return (
    <ul>
      {props.items.map(([href, text]) => (
        <li>
          <a href={href}>
            <code>{href}</code>
          </a>
          <br />
          <span class="small">{text}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Rewrites the `:name` placeholders that policies write their SQL rules with into numbered ones,
 * appending each value to `params` (once per name), for statements built around positional parameters.
 */
export function bindNamed(sql: string, named: Record<string, unknown>, params: unknown[]): string {
  const placed = new Map<string, string>();
  return sql.replace(/:(\w+)/g, (whole, name: string) => {
    if (!(name in named)) return whole;
    let placeholder = placed.get(name);
    if (!placeholder) placed.set(name, (placeholder = `$${params.push(named[name])}`));
    return placeholder;
  });
}

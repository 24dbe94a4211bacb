/** A message to render: a full key in the `scheduling` catalogue plus its interpolation params. */
export interface MessageRef {
  key: string;
  params: Record<string, string | number>;
}

import { TextField } from './TextField';

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Whether `value` (trimmed) is a colour as the api takes it: # and six hex digits. */
export const isColour = (value: string): boolean => COLOUR.test(value.trim());

/**
 * The one field for a house-style colour (a library's main colour, a campaign's banner colour): typed as #rrggbb,
 * never filled in by the browser; the screen checks it with isColour and passes its error.
 */
export function ColourField(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onInput(value: string): void;
  error?: string;
}) {
  return <TextField {...props} autoComplete="off" />;
}

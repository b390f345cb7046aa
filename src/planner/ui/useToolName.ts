/**
 * The name of the tool a screen belongs to ("Plan builder", "Write a letter"), for the tab title. The
 * island for each tool provides it, so the privacy shell's screens, shared by the builder and the
 * letter pages, name the tool they are in.
 */
import { createContext, useContext } from 'react';

export const ToolNameContext = createContext<string | null>(null);

export function useToolName(): string {
  const name = useContext(ToolNameContext);
  if (name === null) throw new Error('A tool screen needs its tool’s name: render it inside its island.');
  return name;
}

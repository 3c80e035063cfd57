import MarkdownIt from 'markdown-it';
import { HANDLE } from './handle';

const md = new MarkdownIt('default', { html: false, linkify: false });
// `@name`, not preceded by a word character, a dot or another @ (so e-mail addresses are no mentions).
const MENTION = /(^|[^A-Za-z0-9_.@/])@([A-Za-z0-9]{3,30})(?![A-Za-z0-9_])/g;

/** The handles @mentioned in markdown (lower-case, each once), ignoring code spans and code blocks. */
export function parseMentions(markdown: string, max = 20): string[] {
  const found = new Set<string>();
  for (const token of md.parse(markdown, {})) {
    if (token.type !== 'inline' || !token.children) continue;
    // markdown-it splits text at `@`: join a run of text pieces back together; code spans break the run.
    let text = '';
    for (const child of [...token.children, null]) {
      if (child && child.type === 'text') {
        text += child.content;
        continue;
      }
      for (const m of text.matchAll(MENTION)) {
        const handle = m[2].toLowerCase();
        if (HANDLE.test(handle)) found.add(handle);
      }
      text = child?.type === 'softbreak' || child?.type === 'hardbreak' ? '\n' : '';
    }
  }
  return [...found].slice(0, max);
}

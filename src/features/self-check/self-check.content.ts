import type { PageSpec } from '../../ui/content-pages.tsx';
import { crisisPageSpec } from './crisis.view.tsx';
import { howItWorksPageSpec } from './how-it-works.view.tsx';

/** The self-check's pages whose words are in content/pages, and what each offers its Markdown. */
export function selfCheckPageSpecs(): Record<string, PageSpec> {
  return { crisis: crisisPageSpec(), 'how-it-works': howItWorksPageSpec() };
}

import { HelplineBox } from '../../ui/helpline-box.tsx';
import { Layout } from '../../ui/layout.tsx';
import { messages } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import { type Sponsor, SponsorSlot } from '../../ui/sponsor.tsx';
import { CommonQuestions, Contents, FindTreatmentBox, References, RelatedGuides, ReviewInfo } from './guide-parts.view.tsx';
import type { ExpiringFact, Guide } from './guides.repository.ts';

/** Guides with this many sections or more get a list of contents at the top. */
export const CONTENTS_THRESHOLD = 4;

export function GuidePage(props: {
  guide: Guide;
  related: Guide[];
  overdue: boolean;
  expired: readonly ExpiringFact[];
  jsonLd: object[];
  sponsor: Sponsor | undefined;
}) {
  const { guide } = props;
  const { meta } = guide;
  const m = messages().guides.page;
  const sections = guide.headings.filter((h) => h.level === 2).length;
  return (
    <Layout
      title={meta.title}
      description={meta.summary}
      canonicalPath={paths.guideOf(guide)}
      section="guides"
      jsonLd={props.jsonLd}
      styles={['guides.css']}
    >
      <nav class="breadcrumbs no-print" aria-label={m.breadcrumb}>
        <ol>
          <li>
            <a href={paths.home()}>{m.home}</a>
          </li>
          <li>
            <a href={paths.guides()}>{m.guides}</a>
          </li>
        </ol>
      </nav>
      <article class="guide">
        <h1>{meta.title}</h1>
        <p class="lead">{meta.summary}</p>
        <ReviewInfo guide={guide} overdue={props.overdue} expired={props.expired} />
        {sections >= CONTENTS_THRESHOLD ? <Contents headings={guide.headings} hasFaq={meta.faq.length > 0} /> : null}
        <div class="guide-body" dangerouslySetInnerHTML={{ __html: guide.html }} />
        <CommonQuestions faq={meta.faq} />
        <References references={guide.references} />
      </article>
      <RelatedGuides guides={props.related} />
      <FindTreatmentBox />
      <HelplineBox />
      {/* Last on the page: after the article and never above a help line. */}
      {meta.sponsor ? <SponsorSlot sponsor={props.sponsor} /> : null}
    </Layout>
  );
}

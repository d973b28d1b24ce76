/**
 * The frame of an information page whose words are in content/pages (see ./content-pages.tsx): the layout,
 * the title and lead from its front matter, then its Markdown. And the two pieces every page may place with a
 * placeholder: `{{sources}}` (the front matter's sources) and `{{review}}` (its clinical review line).
 */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { ClinicalReviewLine } from './clinical-review.tsx';
import type { ContentPage, PageFrontMatter } from './content-pages.tsx';
import { DateText } from './date-text.tsx';
import { Layout, type PageMeta } from './layout.tsx';
import { messages, rich } from './messages/index.ts';

/** The page's sources, as a list: title (linked when it has an address), publisher, date. */
export function SourceList(props: { sources: PageFrontMatter['sources'] }) {
  const m = messages().pages.sources;
  return (
    <ul class="references small">
      {props.sources.map((s) => (
        <li>
          {s.url ? (
            <a href={s.url} rel="noreferrer">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          . {s.publisher}
          {s.date ? <>, {s.date.length === 4 ? s.date : <DateText iso={s.date} />}</> : null}.
          {s.retrieved ? <> {rich(m.retrieved, { date: <DateText iso={s.retrieved} /> })}</> : null}
        </li>
      ))}
    </ul>
  );
}

/** The page's clinical review line, for pages that give health or safety advice. */
export function PageReview(props: { meta: PageFrontMatter }) {
  const review = props.meta.medicalReviewer;
  return review ? <ClinicalReviewLine review={review} pending={messages().pages.reviewPending} /> : null;
}

/** A whole information page: its words from content/pages, in the site's frame. */
export function InformationPage(props: {
  page: ContentPage;
  canonicalPath: string;
  section?: PageMeta['section'];
  styles?: string[];
  children?: Child;
}) {
  const { meta } = props.page;
  return (
    <Layout
      title={meta.title}
      description={meta.description}
      canonicalPath={props.canonicalPath}
      section={props.section}
      styles={props.styles}
    >
      <h1>{meta.title}</h1>
      {meta.summary ? <p class="lead">{meta.summary}</p> : null}
      {raw(props.page.html)}
      {props.children}
    </Layout>
  );
}

import { DateText } from '../../ui/date-text.tsx';
import { HelplineBox } from '../../ui/helpline-box.tsx';
import { Layout } from '../../ui/layout.tsx';
import { paths } from '../../ui/paths.ts';
import type { Guide } from './guides.repository.ts';

export function GuidesIndexPage(props: { guides: readonly Guide[]; isOverdue: (guide: Guide) => boolean }) {
  return (
    <Layout
      title="Guides"
      description="Plain-language guides to treatment for heroin and other opioid use: medicines, detox, therapy, paying for care, overdose and helping someone you love."
      canonicalPath={paths.guides()}
      section="guides"
      styles={['guides.css']}
    >
      <h1>Guides</h1>
      <p class="lead">
        Clear, honest information about treatment for heroin and other opioid use, for you or for someone you care about. Each
        guide lists its sources and when we last checked it.
      </p>
      {props.guides.length === 0 ? (
        <p>There are no guides here yet. Please check back soon.</p>
      ) : (
        <ul class="cards">
          {props.guides.map((guide) => (
            <li>
              <h2>
                <a href={paths.guideOf(guide)}>{guide.meta.title}</a>
              </h2>
              <p>{guide.meta.summary}</p>
              <p class="small">
                Last reviewed <DateText iso={guide.meta.lastReviewed} />
                {guide.meta.medicalReviewer.status === 'pending' ? (
                  <>
                    {' '}
                    <span class="tag tag--grey">Clinician review pending</span>
                  </>
                ) : null}
                {props.isOverdue(guide) ? (
                  <>
                    {' '}
                    <span class="tag tag--warning">Due for review</span>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      <HelplineBox />
    </Layout>
  );
}

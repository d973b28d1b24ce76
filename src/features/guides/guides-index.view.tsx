import { DateText } from '../../ui/date-text.tsx';
import { HelplineBox } from '../../ui/helpline-box.tsx';
import { Layout } from '../../ui/layout.tsx';
import { messages } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import type { Guide } from './guides.repository.ts';

export function GuidesIndexPage(props: { guides: readonly Guide[]; isOverdue: (guide: Guide) => boolean }) {
  const m = messages().guides.index;
  return (
    <Layout title={m.title} description={m.description} canonicalPath={paths.guides()} section="guides" styles={['guides.css']}>
      <h1>{m.title}</h1>
      <p class="lead">{m.lead}</p>
      {props.guides.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <ul class="cards">
          {props.guides.map((guide) => (
            <li>
              <h2>
                <a href={paths.guideOf(guide)}>{guide.meta.title}</a>
              </h2>
              <p>{guide.meta.summary}</p>
              <p class="small">
                {m.lastReviewed} <DateText iso={guide.meta.lastReviewed} />
                {guide.meta.medicalReviewer.status === 'pending' ? (
                  <>
                    {' '}
                    <span class="tag tag--grey">{m.reviewPending}</span>
                  </>
                ) : null}
                {props.isOverdue(guide) ? (
                  <>
                    {' '}
                    <span class="tag tag--warning">{m.due}</span>
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

import type { DirectoryInfo } from '../../db/directory-info.repository.ts';
import { HelplineLink } from '../../ui/helpline-link.tsx';
import { SAMHSA_HELPLINE } from '../../ui/helplines.ts';
import { Layout } from '../../ui/layout.tsx';
import { fill, messages, plural, rich } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import { DataTable } from '../../ui/table.tsx';

const number = (n: number) => n.toLocaleString(messages().locale);
const dateOnly = (iso: string) =>
  new Date(iso).toLocaleDateString(messages().locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const strong = (words: string) => <strong>{words}</strong>;

function SourceTable(props: { caption: string; sources: DirectoryInfo['sources'] }) {
  const m = messages().aboutData.table;
  // The lists' own names, credits and licences, as their publishers wrote them: English, marked so for screen readers.
  const lang = messages().locale === 'en-US' ? undefined : 'en';
  return (
    <DataTable
      caption={props.caption}
      head={[m.source, m.year, m.rows, m.licence]}
      rows={props.sources.map((s) => ({
        cells: [
          <span lang={lang}>
            <strong>{s.name}</strong> ({s.publisher})
            <br />
            <span class="small">{s.attribution}</span>
          </span>,
          s.year,
          number(s.rows),
          <span lang={lang}>{s.licence}</span>,
        ],
      }))}
    />
  );
}

function List(props: { items: readonly string[] }) {
  return (
    <ul>
      {props.items.map((item) => (
        <li>{rich(item, { strong })}</li>
      ))}
    </ul>
  );
}

export function AboutDataPage(props: { info: DirectoryInfo; checkedListings: number }) {
  const { info } = props;
  const m = messages().aboutData;
  const facilitySources = info.sources.filter((s) => s.kind === 'facilities');
  const reference = info.sources.filter((s) => s.kind === 'reference');
  const counts: [string, unknown][] = [
    [m.holds.total, number(info.facilities.total)],
    [m.holds.confirmed, number(info.facilities.confirmed)],
    [m.holds.unconfirmed, fill(m.holds.unconfirmedNote, { count: number(info.facilities.unconfirmed) })],
    [m.holds.withPhone, number(info.facilities.withPhone)],
    [m.holds.withServices, number(info.facilities.withServices)],
    [
      m.holds.checked,
      <>
        {number(props.checkedListings)}. <a href={paths.about.data('checked-by-our-team')}>{m.holds.checkedLink}</a>
      </>,
    ],
    [m.holds.builtAt, <time datetime={info.builtAt}>{dateOnly(info.builtAt)}</time>],
  ];
  return (
    <Layout title={m.title} description={m.description} canonicalPath={paths.about.data()}>
      <h1>{m.title}</h1>
      <p class="lead">{m.lead}</p>
      <div class="notice notice--warning">
        <p>
          {rich(m.stale, {
            strong,
            year: String(Math.max(...facilitySources.map((s) => s.year))),
            findtreatment: (words) => (
              <a href="https://findtreatment.gov/" rel="noreferrer">
                {words}
              </a>
            ),
            helpline: <HelplineLink line={SAMHSA_HELPLINE} />,
          })}
        </p>
      </div>

      <h2>{m.holdsTitle}</h2>
      <dl class="summary-list">
        {counts.map(([term, value]) => (
          <div>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <h2>{m.listsTitle}</h2>
      <p>{m.lists}</p>
      <SourceTable caption={m.listsCaption} sources={facilitySources} />

      <h2>{m.referenceTitle}</h2>
      <SourceTable caption={m.referenceCaption} sources={reference} />
      <p>{rich(m.geonames, { strong })}</p>

      <h2>{m.combineTitle}</h2>
      <List items={m.combine} />

      <h2>{m.answersTitle}</h2>
      <p>{rich(m.answers, { strong })}</p>
      <List items={m.answerPoints} />

      <h2>{m.whoTitle}</h2>
      <List items={m.who} />

      <h2 id="checked-by-our-team">{m.checkedTitle}</h2>
      <p>{plural(m.checked, props.checkedListings)}</p>
      <List items={m.checkedPoints} />
      <p>
        {rich(m.checkedOpenData, {
          json: (words) => <a href={paths.api.v1('corrections')}>{words}</a>,
          csv: (words) => <a href={paths.api.v1('corrections.csv')}>{words}</a>,
        })}
      </p>

      <h2>{m.mapTitle}</h2>
      <List items={m.map} />
      <p>{rich(m.download, { api: (words) => <a href={paths.api.docs()}>{words}</a> })}</p>
    </Layout>
  );
}
